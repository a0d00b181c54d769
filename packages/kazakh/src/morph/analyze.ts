/**
 * The analyser: word form in, readings out, best first. Handles casing, abbreviations and
 * numerals with hyphenated endings (АҚШ-пен, 21-ші), pair words (саяси-экономикалық) and
 * irregular pronoun forms, then ranks the segmentations of the suffix grammar.
 */
import { CLOSED_FORMS } from './closed-forms.js';
import { lookup } from './lexicon.js';
import { segment, segmentsOnLexicon, type Segmentation } from './parse.js';
import { priorBonus } from './frequency.js';
import { lexicalLemma, score, toAnalysis } from './rank.js';
import type { Analysis } from './types.js';

const MAX_READINGS = 8;
const CACHE_LIMIT = 200_000;
const cache = new Map<string, readonly Analysis[]>();
/**
 * `isLexical` answers for forms not analysed in full, by lower-case form (bounded the same way):
 * for words in lower case, and apart for capitalised words, which may rest on a personal name.
 */
const knownCache = new Map<string, boolean>();
const knownCapitalisedCache = new Map<string, boolean>();

const UPPER = /^[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]/;
const ALL_UPPER = /^[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ0-9]+$/;
const DIGITS = /^\d+([.,]\d+)*(-\d+([.,]\d+)*)?$/; // 2010, 3,5, 2017-2018
/** Cheap pre-test of ALL_UPPER (which needs a copy of the word without hyphens). */
const UPPER_START = /^-*[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ0-9]/;
const ORDINAL = /^(ш[ыі]|нш[ыі]|ыншы|інші)$/;

/**
 * The readings as the cache keeps them: frozen, never empty (a word with none is an unknown X),
 * and always a packed array. (Array.prototype.map makes holey arrays and literals packed ones;
 * lists of two shapes made V8 throw away the code it had optimised for one of them, in every
 * function that reads readings, whenever the other came by.)
 */
function frozenReadings(word: string, list: readonly Analysis[]): readonly Analysis[] {
  const out: Analysis[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
  if (out.length === 0) out.push(reading(word, 'X', { Guess: 'Yes' }));
  return Object.freeze(out);
}

function reading(
  lemma: string,
  pos: Analysis['pos'],
  features: Readonly<Record<string, string>>,
): Analysis {
  return Object.freeze({ lemma, pos, features: Object.freeze(features) });
}

/** Scores and order of the segmentations of the word being ranked (reused: not re-entered). */
let scores = new Float64Array(64);
let order = new Int32Array(64);

/** Ranked readings of a lower-case word; guesses only when nothing rests on the lexicon. */
function rankWord(lower: string, capitalised: boolean, names = capitalised): Analysis[] {
  // (segment returns either segmentations on the lexicon only or guesses only; a personal name
  // that is nothing else is a stem only in a capitalised word)
  let pool = segment(lower, false, names);
  let wholeKnown = false;
  let known = false;
  for (let i = 0; i < pool.length; i++) {
    const s = pool[i]!;
    if (s.entry !== undefined || s.derived) {
      known = true;
      if (s.morphs.length === 0) wholeKnown = true;
    }
  }
  // names are not verb forms: an unknown capitalised word is guessed as a noun only
  if (!known && capitalised) {
    const nominal = pool.filter((s) => s.kind === 'N');
    if (nominal.length > 0) pool = nominal;
  }
  if (pool.length === 1) return [toAnalysis(pool[0]!, capitalised)];
  const n = pool.length;
  if (n > scores.length) {
    scores = new Float64Array(2 * n);
    order = new Int32Array(2 * n);
  }
  // best first; equal scores keep the order the segmentations were found in (an insertion
  // sort into module-level buffers: pools are small, and this allocates nothing)
  for (let i = 0; i < n; i++) {
    const seg = pool[i]!;
    // the frequency prior: a small bonus by how common the reading's lemma is (frequency.ts);
    // not for a comparative, whose near-tie with a listed word in -рақ/-рек (топырақ, көкірек)
    // the grammar decides: the base (топ, көк) is always the commoner word
    const lemma = known && !hasComparative(seg) ? lexicalLemma(seg) : null;
    const sc = score(seg, wholeKnown) + (lemma === null ? 0 : priorBonus(lemma));
    let j = i;
    while (j > 0 && scores[j - 1]! < sc) {
      scores[j] = scores[j - 1]!;
      order[j] = order[j - 1]!;
      j--;
    }
    scores[j] = sc;
    order[j] = i;
  }
  const out: Analysis[] = [];
  // segmentations already read (order[0..i)), to skip one found again by another path
  for (let i = 0; i < n; i++) {
    const seg = pool[order[i]!]!;
    let dup = false;
    for (let k = 0; k < i && !dup; k++) dup = sameReading(pool[order[k]!]!, seg);
    if (dup) continue;
    out.push(toAnalysis(seg, capitalised));
    if (out.length >= MAX_READINGS) break;
  }
  return out;
}

function hasComparative(seg: Segmentation): boolean {
  for (let k = 0; k < seg.morphs.length; k++) if (seg.morphs[k]!.id === 'CMP') return true;
  return false;
}

/** Same lemma entry (or guessed stem), chain and suffixes. */
function sameReading(a: Segmentation, b: Segmentation): boolean {
  if (a.kind !== b.kind || a.morphs.length !== b.morphs.length) return false;
  if ((a.entry ? a.entry.form : a.stem) !== (b.entry ? b.entry.form : b.stem)) return false;
  for (let k = 0; k < a.morphs.length; k++) if (a.morphs[k] !== b.morphs[k]) return false;
  return true;
}

/** Features of a bare ending such as -тың, -ға, -дағы after an abbreviation or a numeral. */
function endingFeatures(ending: string): Record<string, string> {
  const segs: Segmentation[] = segment(ending, true).filter((s) => s.stem === '');
  if (segs.length === 0) return {};
  segs.sort((a, b) => score(b) - score(a));
  const features: Record<string, string> = {};
  for (const m of segs[0]!.morphs) Object.assign(features, m.features);
  return features;
}

/** An abbreviation or acronym in capitals (ҰҚШҰ, NATO-ға), digits allowed but not alone. */
function isAllUpper(word: string): boolean {
  return (
    UPPER_START.test(word) &&
    word.length > 1 &&
    ALL_UPPER.test(word.replace(/-/g, '')) &&
    /[^\d-]/.test(word)
  );
}

function analyzeUncached(word: string): Analysis[] {
  if (DIGITS.test(word)) return [reading(word, 'NUM', { NumType: 'Card' })];
  // a token with a space (сыйламайды екен) is analysed by its first, lexical word
  const space = word.indexOf(' ');
  if (space > 0) return [...analyze(word.slice(0, space))];
  const lower = word.toLowerCase();
  const capitalised = UPPER.test(word);
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && hyphen < word.length - 1 && !lookup(lower))
    return analyzeHyphenated(word, lower, hyphen, capitalised);
  const allUpper = isAllUpper(word);
  if (allUpper) {
    const abbreviation = analyzeCapitals(word, lower);
    if (abbreviation) return abbreviation;
  }

  const ranked = rankWord(lower, capitalised && !allUpper, capitalised);
  // (the lists are built by push, never by map or spread: see frozenReadings)
  // a guessed name keeps the letters as written (Н.Назарбаев, МакКейн)
  if (capitalised)
    for (let i = 0; i < ranked.length; i++) {
      const a = ranked[i]!;
      if (a.features.Guess === 'Yes' && lower.startsWith(a.lemma.toLowerCase()))
        ranked[i] = reading(word.slice(0, a.lemma.length), a.pos, a.features);
    }
  const closed = CLOSED_FORMS.get(lower);
  if (!closed) return ranked;
  const out: Analysis[] = [];
  for (const c of closed) out.push(reading(c.lemma, c.pos, c.features));
  for (const a of ranked) if (a.features.Guess !== 'Yes') out.push(a);
  return out;
}

/**
 * A hyphenated word that is not listed whole: a numeral with an ending (21-ші, 11-күні), an
 * abbreviation with an ending (АҚШ-пен), a pair word or compound (саяси-экономикалық).
 */
function analyzeHyphenated(
  word: string,
  lower: string,
  hyphen: number,
  capitalised: boolean,
): Analysis[] {
  const left = word.slice(0, hyphen);
  const right = word.slice(hyphen + 1);
  if (DIGITS.test(left)) {
    const rl = right.toLowerCase();
    if (ORDINAL.test(rl)) return [reading(left, 'NUM', { NumType: 'Ord' })];
    // a numeral joined to a word: 11-күні, 1990-жылдары
    const counted = rankWord(rl, false)[0];
    if (counted && counted.features.Guess !== 'Yes' && counted.lemma.length > 1) {
      return [reading(`${left}-${counted.lemma}`, counted.pos, { ...counted.features })];
    }
    const f = endingFeatures(rl);
    if (Object.keys(f).length > 0) return [reading(left, 'NUM', f)];
  }
  if (ALL_UPPER.test(left) && !ALL_UPPER.test(right)) {
    const entry = lookup(left.toLowerCase());
    const f = endingFeatures(right.toLowerCase());
    return [
      reading(entry ? entry.form : left, 'PROPN', { ...f, ...(f.Case ? {} : { Case: 'Nom' }) }),
    ];
  }
  // pair words and compounds: the last part inflects (саяси-экономикалық, қару-жарақтың);
  // a capitalised last part is a name part and keeps its capital (Рио-де-Жанейродағы)
  const rightCapital = UPPER.test(right);
  const tail = rankWord(right.toLowerCase(), rightCapital).map((a) =>
    rightCapital && a.lemma === a.lemma.toLowerCase()
      ? { ...a, lemma: right.charAt(0) + a.lemma.slice(1) }
      : a,
  );
  const wholeReadings = rankWord(lower, capitalised);
  const best = wholeReadings[0];
  if (best && best.features.Guess !== 'Yes') return wholeReadings;
  // the pair is known only when its first part is a word too (көші-қон, not коші-қон)
  const leftKnown = left
    .toLowerCase()
    .split('-')
    .every((part) => rankWord(part, false)[0]?.features.Guess !== 'Yes');
  return tail.map((a) => {
    // the capital stays only on names (Нұр-Сұлтан), not on a sentence-initial pair word
    const keepCapital =
      capitalised && (rightCapital || a.features.Guess === 'Yes' || a.pos === 'PROPN');
    const leftLemma = keepCapital ? left : left.toLowerCase();
    const features = leftKnown ? { ...a.features } : { ...a.features, Guess: 'Yes' };
    return reading(`${leftLemma}-${a.lemma}`, a.pos, features);
  });
}

/** A word in capitals as an abbreviation or a listed name (ҰҚШҰ, УЕФА), or undefined. */
function analyzeCapitals(word: string, lower: string): Analysis[] | undefined {
  const entry = lookup(lower);
  if (entry && entry.form === entry.form.toUpperCase())
    return [reading(entry.form, 'PROPN', { Case: 'Nom' })];
  // a short word in capitals is an abbreviation even when it spells a listed word (УЕФА),
  // unless it is a hand-listed common word in a headline (ЖӘНЕ)
  const handCommon = entry !== undefined && entry.tags.includes('!') && !entry.tags.includes('P');
  if ([...word].length <= 5 && !handCommon)
    return [
      reading(entry?.tags.includes('P') ? entry.form : word, 'PROPN', {
        Case: 'Nom',
        Abbr: 'Yes',
      }),
    ];
  return undefined;
}

/**
 * Empties the per-form cache of `analyze` (it is bounded at 200,000 forms and cleared when
 * full; a long-running process may empty it sooner to give the memory back). Benchmarks use it
 * to time analysis from scratch.
 */
export function clearAnalysisCache(): void {
  cache.clear();
  knownCache.clear();
  knownCapitalisedCache.clear();
}

/**
 * All readings of a word form, best first; never empty (unknown words get a guessed reading
 * with `features.Guess === 'Yes'`).
 *
 * @example
 * analyze('мемлекеттеріміздің')[0]?.lemma; // 'мемлекет'
 * analyze('мемлекеттеріміздің')[0]?.features.Case; // 'Gen'
 * analyze('Блумфилдтің')[0]?.features.Guess; // 'Yes'
 */
export function analyze(word: string): readonly Analysis[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const frozen = frozenReadings(word, analyzeUncached(word));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, frozen);
  return frozen;
}

/**
 * Whether the best reading of `word` rests on the lexicon: `analyze(word)[0]` is not a guess.
 * The normaliser asks this of many strings that are not words (repair candidates, neighbours
 * joined), and most are unknown; for a plain word (no digits, space, hyphen or capitals-only
 * spelling, which take other paths in `analyzeUncached`) the answer is the search on the
 * lexicon alone, without the guessing pass, the ranking and the readings. It depends on the
 * lower-case form and on whether the word is capitalised (a personal name such as Айдос is a
 * stem only then).
 */
/**
 * `isLexical` of the word as written, in lower case or capitalised, whichever says yes: what the
 * normaliser asks of every repair candidate and joined pair. For a plain word the capitalised
 * form answers for all three (a capitalised word may rest on everything the others may, and on
 * personal names too), so one search does, where asking the three forms in turn searched the
 * lexicon twice for every unknown word.
 */
export function isLexicalAnyCase(word: string): boolean {
  const lower = word.toLowerCase();
  const cap = lower.length > 0 ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
  if (isPlain(word) && isPlain(cap)) return isLexical(cap);
  return (
    isLexical(word) || (lower !== word && isLexical(lower)) || (cap !== word && isLexical(cap))
  );
}

/** No digits, space, hyphen or capitals-only spelling: the word takes the plain path of `isLexical`. */
const isPlain = (word: string): boolean =>
  !(DIGITS.test(word) || word.includes(' ') || word.includes('-') || isAllUpper(word));

export function isLexical(word: string): boolean {
  // (only plain words are kept, under their lower-case form: a hit is one)
  const hit = knownCache.get(word);
  if (hit !== undefined) return hit;
  if (!isPlain(word)) return analyze(word)[0]!.features.Guess !== 'Yes';
  const lower = word.toLowerCase();
  // (a capitalised word may rest on a personal name, Айдосқа: its answer is kept apart)
  const names = UPPER.test(word);
  const answers = names ? knownCapitalisedCache : knownCache;
  let known = answers.get(lower);
  if (known === undefined) {
    // (closed forms come first among the readings; the grammar's readings are then all on the
    // lexicon or all guesses, as segment returns them)
    const closed = CLOSED_FORMS.get(lower);
    known = closed ? closed[0]!.features.Guess !== 'Yes' : segmentsOnLexicon(lower, names);
    if (answers.size >= CACHE_LIMIT) answers.clear();
    answers.set(lower, known);
  }
  return known;
}
