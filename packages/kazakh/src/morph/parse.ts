/**
 * Segmentation of a lower-case word form into stem + inflectional suffixes, right to left.
 * Every suffix is checked against the allomorph the grammar picks after what precedes it,
 * so only phonologically correct segmentations survive; stems are looked up in the lexicon
 * with stem alternations undone (кітаб → кітап, орн → орын).
 *
 * Speed: the search works on positions in the word, not on substrings. The allomorphs are
 * compiled into a trie read from a word's end, so each position costs one walk of a few
 * letters instead of a test of every allomorph; the allomorph the grammar picks is memoised
 * per (preceding slot, harmony, sound class); stems are looked up by a rolling hash without
 * building the candidate string (lexicon.ts). Guessed stems are built only for words with no
 * segmentation on the lexicon, in a second pass.
 */
import { lookupAt, prefixHashes, type LexEntry } from './lexicon.js';
import {
  isBackAt,
  isVowel,
  isVowelCode,
  lNearAt,
  loanIAt,
  SOUND_CLASSES,
  soundClassIndexAt,
} from './phonology.js';
import {
  canonical,
  context,
  MORPHS_BY_LAST_LETTER,
  NSTEM_INDEX,
  VSTEM_INDEX,
  type Morph,
  type Slot,
} from './suffixes.js';

/** One segmentation: a stem and its suffixes, left to right. */
export interface Segmentation {
  /** Lexicon key (lower case) or the guessed stem. */
  readonly stem: string;
  readonly entry: LexEntry | undefined;
  /** Chain the stem starts: nominal or verbal. */
  readonly kind: 'N' | 'V';
  readonly morphs: readonly Morph[];
  /** True when the verb stem is a noun + -ла/-да/-та derivation not listed itself (қалыпта). */
  readonly derived: boolean;
  /**
   * Stem alternation undone to find the stem: кітаб → кітап, процес → процесс (voice: the
   * spelling of the stem's last consonant), орн → орын (lostVowel).
   */
  readonly alternation: 'voice' | 'lostVowel' | undefined;
}

interface Match {
  readonly morph: Morph;
  /** The allomorph as it appears in the word (voiced: дығ; merged with a stem vowel: иды). */
  readonly surface: string;
  /** The allomorph as the grammar picks it (дық, йды). */
  readonly canon: string;
  /** The canonical allomorph starts with a vowel (the stem before it may alternate). */
  readonly vowelInitial: boolean;
  /** The word had ы/і + й written as и: restore a high vowel on the left. */
  readonly merged: boolean;
  readonly voiced: boolean;
  /** Letter to put back on the left (ю stands for й + у), or ''. */
  readonly restore: string;
}

/** Trie of allomorphs read from their last letter; children by code unit − U+0430. */
interface Node {
  readonly next: (Node | undefined)[];
  readonly matches: Match[];
}

const BASE = 0x430;
const SPAN = 0x500 - BASE;
const newNode = (): Node => ({
  next: new Array<Node | undefined>(SPAN).fill(undefined),
  matches: [],
});

const ROOT: Node = (() => {
  const root = newNode();
  const push = (
    morph: Morph,
    surface: string,
    canon: string,
    merged: boolean,
    voiced: boolean,
    restore = '',
  ): void => {
    let node = root;
    for (let i = surface.length - 1; i >= 0; i--) {
      const k = surface.charCodeAt(i) - BASE;
      node = node.next[k] ??= newNode();
    }
    node.matches.push({
      morph,
      surface,
      canon,
      vowelInitial: isVowel(canon[0]),
      merged,
      voiced,
      restore,
    });
  };
  for (const list of MORPHS_BY_LAST_LETTER.values()) {
    for (const { morph, form } of list) {
      const canon = morph.forms.includes(form)
        ? form
        : form.slice(0, -1) +
          ({ ғ: 'қ', г: 'к', б: 'п' } as Record<string, string>)[form[form.length - 1]!];
      const voiced = canon !== form;
      push(morph, form, canon, false, voiced);
      // ы/і + й is written и: оқы + йды → оқиды; stem ы/і + у (verbal noun) → оқу
      if (form.startsWith('й')) push(morph, 'и' + form.slice(1), canon, true, voiced);
      if (morph.id === 'VN') {
        push(morph, form, canon, true, voiced);
        // й + у is written ю: қой + у → қою, жыми + у → жымию
        push(morph, 'ю', canon, false, voiced, 'й');
      }
      // й + а is written я: қой + а + ды → қояды, той + ар → тояр
      if (morph.chain === 'V' && form.startsWith('а'))
        push(morph, 'я' + form.slice(1), canon, false, voiced, 'й');
    }
  }
  return root;
})();

const MAX_SUFFIXES = 7;
const C_I = 'и'.charCodeAt(0);
const C_U = 'у'.charCodeAt(0);

/** The voiceless letter of a stem-final б г ғ (кітаб → кітап), or -1. */
function devoiced(code: number): number {
  return code === 0x431 ? 0x43f : code === 0x433 ? 0x43a : code === 0x493 ? 0x49b : -1;
}
const C_SOFT = 'ь'.charCodeAt(0);
const C_K = 'к'.charCodeAt(0);
const C_G = 'г'.charCodeAt(0);
/** Index of the voiceless class in SOUND_CLASSES. */
const K_CLASS = SOUND_CLASSES.indexOf('K');
const C_P = 'п'.charCodeAt(0);
const C_Y = 'ы'.charCodeAt(0);
const C_II = 'і'.charCodeAt(0);

interface Found {
  readonly known: Segmentation[];
  readonly guesses: Segmentation[];
  /** Second pass: no segmentation rests on the lexicon, every split becomes a guess. */
  guessing: boolean;
  readonly emptyStem: boolean;
  /** Personal names that are nothing else (Айдос) may be stems: the word is capitalised. */
  readonly names: boolean;
}

/**
 * The suffixes stripped so far, as a stack shared by the whole search: `stack[0]` is the
 * rightmost (stripped first), `stack[depth - 1]` the leftmost. The search is depth-first, so a
 * level writes its slot and its callees only read below it; nothing is allocated per attempt,
 * and the list is copied only when a stem is found.
 */
const stack: Morph[] = new Array<Morph>(16);

/** The suffixes on the stack, leftmost first. */
function toArray(depth: number): Morph[] {
  const out = new Array<Morph>(depth);
  for (let i = 0; i < depth; i++) out[i] = stack[depth - 1 - i]!;
  return out;
}

/** A segmentation with no suffixes shares one empty list. */
const NO_MORPHS: readonly Morph[] = Object.freeze([]);

let scratch: Int32Array = new Int32Array(64);

/**
 * All segmentations of `word` (lower case). With `emptyStem`, the word is a bare suffix chain
 * (the part after the hyphen in АҚШ-тың) and readings with an empty stem are returned.
 */
export function segment(word: string, emptyStem = false, names = true): Segmentation[] {
  const out: Found = { known: [], guesses: [], guessing: false, emptyStem, names };
  // (segment is not re-entered while it runs, so one buffer serves every word)
  const prefix = prefixHashes(word, scratch);
  if (prefix !== scratch) scratch = prefix;
  search(word, prefix, out);
  // guesses matter only when no segmentation rests on the lexicon
  if (out.known.length > 0 || emptyStem) return out.known;
  out.guessing = true;
  search(word, prefix, out);
  return out.guesses;
}

/**
 * True when some segmentation of `word` (lower case) rests on the lexicon, that is when
 * `segment(word)` returns no guesses; the guessing pass is never run.
 */
export function segmentsOnLexicon(word: string, names = true): boolean {
  const out: Found = { known: [], guesses: [], guessing: false, emptyStem: false, names };
  const prefix = prefixHashes(word, scratch);
  if (prefix !== scratch) scratch = prefix;
  search(word, prefix, out);
  return out.known.length > 0;
}

function search(word: string, prefix: Int32Array, out: Found): void {
  const n = word.length;
  if (!out.emptyStem) {
    if (!out.guessing) {
      const entry = lookupAt(word, prefix, n);
      if (entry && (out.names || !entry.info.nameOnly))
        out.known.push({
          stem: word,
          entry,
          kind: entry.info.verbOnly ? 'V' : 'N',
          morphs: NO_MORPHS,
          derived: false,
          alternation: undefined,
        });
    } else
      out.guesses.push({
        stem: word,
        entry: undefined,
        kind: 'N',
        morphs: NO_MORPHS,
        derived: false,
        alternation: undefined,
      });
  }
  let node: Node | undefined = ROOT;
  for (let i = n - 1; i >= 0; i--) {
    const code = word.charCodeAt(i);
    node = code >= BASE && code < 0x500 ? node.next[code - BASE] : undefined;
    if (!node) break;
    if (i === 0 && !out.emptyStem) break;
    const matches = node.matches;
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]!;
      if (!m.voiced) strip(word, prefix, i, m, 0, out);
    }
  }
}

/** Strips `m`, found at `word[at..end)`, and goes on left of it. */
function strip(
  word: string,
  prefix: Int32Array,
  at: number,
  m: Match,
  depth: number,
  out: Found,
): void {
  let w = word;
  let p = prefix;
  let end = at;
  if (m.restore !== '') {
    if (!(end > 0 && w.charCodeAt(end - 1) === C_I)) {
      w = w.slice(0, end) + m.restore;
      p = prefixHashes(w);
      end = w.length;
    }
  } else if (m.merged) {
    if (end === 0) return;
    w = w.slice(0, end) + (isBackAt(w, end) ? 'ы' : 'і');
    p = prefixHashes(w);
    end = w.length;
  }
  // a one-letter voice suffix on a very short stem is nearly always part of the root (кел, ал, бас)
  if (depth > 0 && m.morph.voice && m.surface.length === 1 && end < 3) return;
  stack[depth] = m.morph;
  walk(w, p, end, m, depth + 1, out);
}

/** `rem` = `w.slice(0, end)` is what is left of the word on the left of `right`. */
function walk(
  w: string,
  prefix: Int32Array,
  end: number,
  right: Match,
  depth: number,
  out: Found,
): void {
  const rm = right.morph;
  if (end === 0) {
    if (out.emptyStem && rm.afterMask[NSTEM_INDEX] === 1)
      out.known.push({
        stem: '',
        entry: undefined,
        kind: 'N',
        morphs: toArray(depth),
        derived: false,
        alternation: undefined,
      });
    return;
  }
  const ctx = context(isBackAt(w, end), soundClassIndexAt(w, end), lNearAt(w, end));
  // rem as the stem
  // a merged ы/і (оқиды, оқу) or й (қою) is only undone towards a known stem, never guessed
  const mergedAway = right.merged || right.restore !== '';
  for (let kind = NSTEM_INDEX; kind <= VSTEM_INDEX; kind++) {
    if (rm.afterMask[kind] !== 1) continue;
    if (canonical(rm, kind, ctx) !== right.canon) {
      const last = w.charCodeAt(end - 1);
      if (kind === NSTEM_INDEX && (last === C_K || last === C_G)) {
        // a loanword ending in к or г takes front, voiceless endings whatever its vowels
        // (банкте, Гонконгке, Страсбургтің): Kazakh к and г are front consonants
        if (canonical(rm, kind, context(false, K_CLASS, lNearAt(w, end))) !== right.canon) continue;
      } else {
        // a loanword и may take back endings (тарихы) though министр takes front ones (министрі)
        const i = loanIAt(w, end);
        if (i < 0) continue;
        const flipped = w.slice(0, i) + 'ы' + w.slice(i + 1, end);
        if (rm.pick(flipped, (kind === NSTEM_INDEX ? 'NSTEM' : 'VSTEM') as Slot) !== right.canon)
          continue;
      }
    }
    addStem(
      w,
      prefix,
      end,
      kind === NSTEM_INDEX ? 'N' : 'V',
      depth,
      right.vowelInitial,
      out,
      mergedAway,
    );
  }
  if (depth >= MAX_SUFFIXES) return;
  let node: Node | undefined = ROOT;
  for (let i = end - 1; i >= 0; i--) {
    const code = w.charCodeAt(i);
    node = code >= BASE && code < 0x500 ? node.next[code - BASE] : undefined;
    if (!node) break;
    if (i === 0 && !out.emptyStem) break;
    const matches = node.matches;
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]!;
      const mi = m.morph.index;
      if (rm.afterMask[mi] !== 1) continue;
      if (m.voiced && !right.vowelInitial) continue;
      if (canonical(rm, mi, ctx) !== right.canon) continue;
      strip(w, prefix, i, m, depth, out);
    }
  }
}

/**
 * A stem found for `w.slice(0, end)`: the entry may start the chain of `kind` (and is not a
 * personal name in a word written in lower case: талмастан is not Талмас + ablative).
 */
const fits = (entry: LexEntry | undefined, kind: 'N' | 'V', names: boolean): entry is LexEntry =>
  // (the copula е, tagged X, has its own few forms in closed-forms.ts)
  entry !== undefined &&
  (kind === 'N' ? entry.info.nominal : entry.info.verb) &&
  (names || !entry.info.nameOnly);

function addStem(
  w: string,
  prefix: Int32Array,
  end: number,
  kind: 'N' | 'V',
  depth: number,
  beforeVowel: boolean,
  out: Found,
  mergedAway: boolean,
): void {
  const last = w.charCodeAt(end - 1);
  if (out.guessing) {
    if (mergedAway) return;
    // a guessed stem ending in б г ғ before a vowel is a voiced п к қ (ықпалдастығы → ықпалдастық)
    const d = beforeVowel ? devoiced(last) : -1;
    out.guesses.push({
      stem: d >= 0 ? w.slice(0, end - 1) + String.fromCharCode(d) : w.slice(0, end),
      entry: undefined,
      kind,
      morphs: toArray(depth),
      derived: false,
      alternation: undefined,
    });
    return;
  }
  // the stem as it is, then with the alternations undone (looked up first, the suffix list is
  // built only when something is found)
  const plain = lookupAt(w, prefix, end);
  let voiced: LexEntry | undefined;
  let soft: LexEntry | undefined;
  let pe: LexEntry | undefined;
  let lost: LexEntry | undefined;
  if (beforeVowel) {
    const d = devoiced(last);
    if (d >= 0) voiced = lookupAt(w, prefix, end - 1, d);
    const lastIsVowel = isVowelCode(last);
    // a loanword's final soft sign is dropped before a vowel: фестиваль → фестивалы
    if (kind === 'N' && !lastIsVowel) soft = lookupAt(w, prefix, end, C_SOFT);
    // verb-final п becomes у before a vowel in some verbs: тап → тауып, жап → жауып
    if (kind === 'V' && end > 2 && last === C_U) pe = lookupAt(w, prefix, end - 1, C_P);
    // a lost high vowel: орн → орын, ауз → ауыз (у and й are consonants there)
    if (end >= 3 && !lastIsVowel) {
      const a = w.charCodeAt(end - 2);
      if (!(isVowelCode(a) && a !== C_U))
        lost = lookupAt(w, prefix, end - 1, isBackAt(w, end) ? C_Y : C_II, last);
    }
  }
  // (each candidate is asked once: every call of `fits` is compiled inline, and ten copies of it
  // made this function slow to optimise)
  const names = out.names;
  const okPlain = fits(plain, kind, names);
  const okVoiced = fits(voiced, kind, names);
  const okSoft = fits(soft, kind, names);
  const okPe = fits(pe, kind, names);
  const okLost = fits(lost, kind, names);
  if (okPlain || okVoiced || okSoft || okPe || okLost) {
    const morphs = toArray(depth);
    const push = (entry: LexEntry, alternation: Segmentation['alternation']): void => {
      out.known.push({ stem: entry.key, entry, kind, morphs, derived: false, alternation });
    };
    if (okPlain) push(plain!, undefined);
    if (okVoiced) push(voiced!, 'voice');
    if (okSoft) push(soft!, 'voice');
    if (okPe) push(pe!, 'voice');
    if (okLost) push(lost!, 'lostVowel');
    return;
  }
  // a loanword's double final consonant is written single before an ending: процесс →
  // процесі, процеске; класс → кластар (only nouns, after a vowel: металл → металы)
  if (kind === 'N' && end >= 4 && !isVowelCode(last) && isVowelCode(w.charCodeAt(end - 2))) {
    const doubled = lookupAt(w, prefix, end, last);
    if (fits(doubled, kind, out.names)) {
      out.known.push({
        stem: doubled.key,
        entry: doubled,
        kind,
        morphs: toArray(depth),
        derived: false,
        alternation: 'voice',
      });
      return;
    }
  }
  // a verb stem before a reciprocal suffix may be a noun + -ла/-да/-та (қалыптас- → қалыпта)
  if (kind === 'V' && stack[depth - 1]!.id === 'RECIP' && end >= 2 && isDenominal(w, end)) {
    const base = lookupAt(w, prefix, end - 2);
    if (base && base.info.nominal)
      out.known.push({
        stem: w.slice(0, end),
        entry: undefined,
        kind,
        morphs: toArray(depth),
        derived: true,
        alternation: undefined,
      });
  }
}

/** `w.slice(0, end)` ends in -ла/-ле/-да/-де/-та/-те. */
function isDenominal(w: string, end: number): boolean {
  const c = w.charCodeAt(end - 2);
  const v = w.charCodeAt(end - 1);
  return (c === 0x43b || c === 0x434 || c === 0x442) && (v === 0x430 || v === 0x435);
}
