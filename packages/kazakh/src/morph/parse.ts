/**
 * Segmentation of a lower-case word form into stem + inflectional suffixes, right to left.
 * Every suffix is checked against the allomorph the grammar picks after what precedes it,
 * so only phonologically correct segmentations survive; stems are looked up in the lexicon
 * with stem alternations undone (кітаб → кітап, орн → орын).
 */
import { hasTag, lookup, NOMINAL_TAGS, type LexEntry } from './lexicon.js';
import { devoiceFinal, flipLoanI, isBack, isVowel, restoreLostVowel } from './phonology.js';
import { MORPHS_BY_LAST_LETTER, type Morph, type Slot } from './suffixes.js';

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
  /** Stem alternation undone to find the stem: кітаб → кітап (voice), орн → орын (lostVowel). */
  readonly alternation?: 'voice' | 'lostVowel';
}

interface Match {
  readonly morph: Morph;
  /** The allomorph as it appears in the word (voiced: дығ; merged with a stem vowel: иды). */
  readonly surface: string;
  /** The allomorph as the grammar picks it (дық, йды). */
  readonly canon: string;
  /** The word had ы/і + й written as и: restore a high vowel on the left. */
  readonly merged: boolean;
  readonly voiced: boolean;
  /** Letter to put back on the left (ю stands for й + у). */
  readonly restore?: string;
}

const MATCHES_BY_LAST_LETTER: ReadonlyMap<string, readonly Match[]> = (() => {
  const out = new Map<string, Match[]>();
  const push = (m: Match): void => {
    const key = m.surface[m.surface.length - 1]!;
    const list = out.get(key) ?? [];
    list.push(m);
    out.set(key, list);
  };
  for (const list of MORPHS_BY_LAST_LETTER.values()) {
    for (const { morph, form } of list) {
      const canon = morph.forms.includes(form)
        ? form
        : form.slice(0, -1) +
          ({ ғ: 'қ', г: 'к', б: 'п' } as Record<string, string>)[form[form.length - 1]!];
      const voiced = canon !== form;
      push({ morph, surface: form, canon, merged: false, voiced });
      // ы/і + й is written и: оқы + йды → оқиды; stem ы/і + у (verbal noun) → оқу
      if (form.startsWith('й'))
        push({ morph, surface: 'и' + form.slice(1), canon, merged: true, voiced });
      if (morph.id === 'VN') {
        push({ morph, surface: form, canon, merged: true, voiced });
        // й + у is written ю: қой + у → қою, жыми + у → жымию
        push({ morph, surface: 'ю', canon, merged: false, voiced, restore: 'й' });
      }
    }
  }
  return out;
})();

const MAX_SUFFIXES = 7;

type Alternation = Segmentation['alternation'];

function stemKeys(surface: string, beforeVowel: boolean, kind: 'N' | 'V'): [string, Alternation][] {
  const keys: [string, Alternation][] = [[surface, undefined]];
  if (beforeVowel) {
    const d = devoiceFinal(surface);
    if (d) keys.push([d, 'voice']);
    // a loanword's final soft sign is dropped before a vowel: фестиваль → фестивалы
    if (kind === 'N' && !isVowel(surface[surface.length - 1])) keys.push([surface + 'ь', 'voice']);
    // verb-final п becomes у before a vowel in some verbs: тап → тауып, жап → жауып
    if (kind === 'V' && surface.length > 2 && surface.endsWith('у'))
      keys.push([surface.slice(0, -1) + 'п', 'voice']);
    const r = restoreLostVowel(surface);
    if (r) keys.push([r, 'lostVowel']);
  }
  return keys;
}

const DENOMINAL_VERB = /(ла|ле|да|де|та|те)$/;

function isVoice(m: Morph | undefined): boolean {
  return m !== undefined && (m.id === 'PASS' || m.id === 'RECIP' || m.id === 'REFL');
}

/**
 * All segmentations of `word` (lower case). With `emptyStem`, the word is a bare suffix chain
 * (the part after the hyphen in АҚШ-тың) and readings with an empty stem are returned.
 */
export function segment(word: string, emptyStem = false): Segmentation[] {
  const out: Found = { known: [], guesses: [] };
  if (!emptyStem) {
    const entry = lookup(word);
    if (entry)
      out.known.push({
        stem: word,
        entry,
        kind: /^[VX!]+$/.test(entry.tags) ? 'V' : 'N',
        morphs: [],
        derived: false,
      });
    else out.guesses.push({ stem: word, entry: undefined, kind: 'N', morphs: [], derived: false });
  }
  const last = word[word.length - 1];
  if (last !== undefined) {
    for (const m of MATCHES_BY_LAST_LETTER.get(last) ?? []) {
      if (m.voiced || !word.endsWith(m.surface) || m.surface.length > word.length) continue;
      if (m.surface.length === word.length && !emptyStem) continue;
      const left = leftOf(word, m);
      if (left === null) continue;
      walk(left, m, { morph: m.morph, next: null, length: 1 }, out, emptyStem);
    }
  }
  // guesses matter only when no segmentation rests on the lexicon
  return out.known.length > 0 ? out.known : out.guesses;
}

interface Found {
  readonly known: Segmentation[];
  readonly guesses: Segmentation[];
}

/** The suffixes found so far, leftmost first, as a shared list (no copying while searching). */
interface Chain {
  readonly morph: Morph;
  readonly next: Chain | null;
  readonly length: number;
}

function toArray(chain: Chain): Morph[] {
  const out: Morph[] = [];
  for (let c: Chain | null = chain; c !== null; c = c.next) out.push(c.morph);
  return out;
}

function leftOf(rem: string, m: Match): string | null {
  let left = rem.slice(0, rem.length - m.surface.length);
  if (m.restore) return left.endsWith('и') ? left : left + m.restore;
  if (m.merged) {
    if (left.length === 0) return null;
    left += isBack(left) ? 'ы' : 'і';
  }
  return left;
}

function walk(rem: string, right: Match, chain: Chain, out: Found, emptyStem: boolean): void {
  const beforeVowel = isVowel(right.canon[0]);
  if (rem.length === 0) {
    if (emptyStem && right.morph.after.has('NSTEM'))
      out.known.push({
        stem: '',
        entry: undefined,
        kind: 'N',
        morphs: toArray(chain),
        derived: false,
      });
    return;
  }
  // rem as the stem
  // a merged ы/і (оқиды, оқу) or й (қою) is only undone towards a known stem, never guessed
  const mergedAway = right.merged || right.restore !== undefined;
  for (const kind of ['NSTEM', 'VSTEM'] as const) {
    if (!right.morph.after.has(kind)) continue;
    if (right.morph.pick(rem, kind) !== right.canon) {
      const flipped = flipLoanI(rem);
      if (flipped === null || right.morph.pick(flipped, kind) !== right.canon) continue;
    }
    addStem(rem, kind === 'NSTEM' ? 'N' : 'V', chain, beforeVowel, out, mergedAway);
  }
  if (chain.length >= MAX_SUFFIXES) return;
  const last = rem[rem.length - 1]!;
  for (const m of MATCHES_BY_LAST_LETTER.get(last) ?? []) {
    if (!right.morph.after.has(m.morph.id)) continue;
    if (m.voiced && !beforeVowel) continue;
    if (m.surface.length > rem.length || !rem.endsWith(m.surface)) continue;
    if (m.surface.length === rem.length && !emptyStem) continue;
    if (right.morph.pick(rem, m.morph.id as Slot) !== right.canon) continue;
    const left = leftOf(rem, m);
    if (left === null) continue;
    // a one-letter voice suffix on a very short stem is nearly always part of the root (кел, ал, бас)
    if (isVoice(m.morph) && m.surface.length === 1 && left.length < 3) continue;
    walk(left, m, { morph: m.morph, next: chain, length: chain.length + 1 }, out, emptyStem);
  }
}

function addStem(
  surface: string,
  kind: 'N' | 'V',
  list: Chain,
  beforeVowel: boolean,
  out: Found,
  mergedAway = false,
): void {
  let found = false;
  let array: Morph[] | null = null;
  const chain = (): Morph[] => (array ??= toArray(list));
  for (const [key, alternation] of stemKeys(surface, beforeVowel, kind)) {
    const entry = lookup(key);
    if (!entry) continue;
    // (the copula е, tagged X, has its own few forms in closed-forms.ts)
    if (kind === 'N' ? hasTag(entry, NOMINAL_TAGS) : hasTag(entry, 'V')) {
      out.known.push(
        alternation
          ? { stem: key, entry, kind, morphs: chain(), derived: false, alternation }
          : { stem: key, entry, kind, morphs: chain(), derived: false },
      );
      found = true;
    }
  }
  if (found) return;
  if (kind === 'V' && list.morph.id === 'RECIP' && DENOMINAL_VERB.test(surface)) {
    const base = lookup(surface.slice(0, -2));
    if (base && hasTag(base, NOMINAL_TAGS)) {
      out.known.push({ stem: surface, entry: undefined, kind, morphs: chain(), derived: true });
      return;
    }
  }
  if (out.known.length > 0 || mergedAway) return;
  // a guessed stem ending in б г ғ before a vowel is a voiced п к қ (ықпалдастығы → ықпалдастық)
  const guess = (beforeVowel && devoiceFinal(surface)) || surface;
  out.guesses.push({ stem: guess, entry: undefined, kind, morphs: chain(), derived: false });
}
