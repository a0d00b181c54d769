import { GAZETTEER_WORDS } from '../entities/gazetteer.js';
import { tokens, type Token } from '../segment/tokens.js';
import { isKnownAnyCase, morphLexicon, type Lexicon } from '../text/lexicon.js';
import { DOMAIN_WORDS } from './domain-words.js';
import { fixLookalikes } from './lookalikes.js';
import {
  isAcronym,
  joinLineBreakHyphen,
  joinSplit,
  repairLetters,
  restoreHyphen,
  type Known,
} from './repairs.js';

/** Why a span changed. */
export type ChangeReason =
  'unicode' | 'lookalike' | 'split-word' | 'line-break-hyphen' | 'lost-hyphen' | 'ocr';

/**
 * One edit, with offsets into the ORIGINAL text: `original.slice(start, end) === before`.
 * `reason` names every repair that contributed, joined by `+` in the order applied (`lookalike+ocr`).
 */
export interface Change {
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
  readonly reason: string;
}

export interface NormalizeResult {
  readonly text: string;
  readonly changes: readonly Change[];
}

export interface NormalizeOptions {
  /** Vocabulary for the repairs that need one; defaults to the morphological analyser. */
  readonly lexicon?: Lexicon;
  /** Set any of these to false to switch a repair off. */
  readonly lookalikes?: boolean;
  readonly ocr?: boolean;
  readonly hyphens?: boolean;
  readonly splits?: boolean;
}

interface Unit {
  readonly first: number;
  last: number;
  form: string;
  readonly reasons: ChangeReason[];
}

const WORDLIKE = new Set(['word', 'number']);

/** Bounded like the analyser's own cache: cleared whole when it grows past this many forms. */
const CACHE_LIMIT = 200_000;
const DEFAULT_CACHES = {
  known: new Map<string, boolean>(),
  repairs: new Map<string, string>(),
  hyphens: new Map<string, string>(),
  // Look-alike letters depend on the token alone, whatever the lexicon.
  lookalikes: new Map<string, string>(),
  bound() {
    if (this.lookalikes.size > CACHE_LIMIT) this.lookalikes.clear();
    if (this.known.size > CACHE_LIMIT) this.known.clear();
    if (this.repairs.size > CACHE_LIMIT) this.repairs.clear();
    if (this.hyphens.size > CACHE_LIMIT) this.hyphens.clear();
  },
};

/**
 * The repaired form of `word` kept in `cache`, worked out by `work` on the first question; the
 * word itself when `work` leaves it as it is (kept as such: one look-up answers either way).
 */
function remembered(
  cache: Map<string, string>,
  word: string,
  work: (word: string) => string | undefined,
): string {
  let answer = cache.get(word);
  if (answer === undefined) {
    answer = work(word) ?? word;
    cache.set(word, answer);
  }
  return answer;
}

function lookalikesInToken(word: string): string {
  // A Latin acronym keeps its script before a Cyrillic ending (`NATOға`, `NATO-ға`); otherwise the
  // majority script of the whole token decides (`ic-қимыл`).
  const m = /^([\p{Script=Latin}\d]+)(-?)(\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*)$/u.exec(word);
  return m && isAcronym(m[1]!) ? m[1]! + m[2]! + fixLookalikes(m[3]!) : fixLookalikes(word);
}

/** Gives the unit a new form; true when it changed. */
function setForm(unit: Unit, form: string | undefined, reason: ChangeReason): boolean {
  if (form === undefined || form === unit.form) return false;
  unit.form = form;
  if (!unit.reasons.includes(reason)) unit.reasons.push(reason);
  return true;
}

function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}

function joinUnits(text: string, toks: readonly Token[], units: Unit[], known: Known): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.last + 1 === unit.first &&
      toks[prev.last]!.kind === 'word' &&
      toks[unit.first]!.kind === 'word' &&
      isSpaceGap(text, toks[prev.last]!.end, toks[unit.first]!.start)
    ) {
      const joined = joinSplit(prev.form, unit.form, known);
      if (joined !== undefined) {
        prev.last = unit.last;
        prev.form = joined;
        for (const r of unit.reasons) if (!prev.reasons.includes(r)) prev.reasons.push(r);
        if (!prev.reasons.includes('split-word')) prev.reasons.push('split-word');
        continue;
      }
    }
    out.push(unit);
  }
  return out;
}

function trimmedChange(
  text: string,
  start: number,
  end: number,
  after: string,
  reason: string,
): Change {
  const before = text.slice(start, end);
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (
    s < before.length - p &&
    s < after.length - p &&
    before[before.length - 1 - s] === after[after.length - 1 - s]
  )
    s++;
  // Never split a surrogate pair or a base letter from its combining mark.
  while (p > 0 && /[\p{M}\udc00-\udfff]/u.test(before[p] ?? '')) p--;
  while (s > 0 && /[\p{M}\udc00-\udfff]/u.test(before[before.length - s] ?? '')) s--;
  return {
    start: start + p,
    end: end - s,
    before: before.slice(p, before.length - s),
    after: after.slice(p, after.length - s),
    reason,
  };
}

/**
 * Repairs damaged Kazakh text: Unicode NFC, look-alike letters (`Əзірбайжан`), OCR letter
 * confusions (`кала` → `қала`, only when the repaired word is known and the original is not),
 * lost hyphens (`ҰҚШҰның`, `21ші`, `саясиэкономикалық`), words split by a space
 * (`ынтымақ тастық`) or an old line-break hyphen (`қауіп-сіздік`). Real pairs (`басқа да`,
 * `мемлекеттер мен`) and real hyphenated words (`қару-жарақ`, `АҚШ-тың`) are kept. Line breaks
 * are never added or removed. `changes` explains every edit with offsets into the original.
 * @example
 * normalize('Əлемдік ҰҚШҰның 21ші сессиясы').text; // 'Әлемдік ҰҚШҰ-ның 21-ші сессиясы'
 * normalize('Əлемдік').changes; // [{ start: 0, end: 1, before: 'Ə', after: 'Ә', reason: 'lookalike' }]
 */
export function normalize(text: string, options: NormalizeOptions = {}): NormalizeResult {
  return normalizeTokens(text, options).result;
}

/**
 * `normalize`, with the tokens of the original text: when nothing changed they are the tokens of
 * the result too, and `lemmas` need not split the text again.
 */
export function normalizeTokens(
  text: string,
  options: NormalizeOptions = {},
): { readonly result: NormalizeResult; readonly tokens: readonly Token[] } {
  const lexicon = options.lexicon ?? morphLexicon;
  // With the default lexicon the answers never change, so they are kept across calls: a
  // collection of documents repeats most of its words. A caller's own lexicon gets fresh caches.
  const shared = options.lexicon === undefined;
  const cache = shared ? DEFAULT_CACHES.known : new Map<string, boolean>();
  const repairs = shared ? DEFAULT_CACHES.repairs : new Map<string, string>();
  const hyphens = shared ? DEFAULT_CACHES.hyphens : new Map<string, string>();
  DEFAULT_CACHES.bound();
  // (joining asks about each word twice in a row, as the right part of a pair and then as the
  // left part of the next: the last answer is kept at hand)
  let lastWord: string | undefined;
  let lastKnown = false;
  const known: Known = (w) => {
    if (w === lastWord) return lastKnown;
    let k = cache.get(w);
    if (k === undefined) {
      const lower = w.toLowerCase();
      k = isKnownAnyCase(lexicon, w) || GAZETTEER_WORDS.has(lower) || DOMAIN_WORDS.has(lower);
      cache.set(w, k);
    }
    lastWord = w;
    lastKnown = k;
    return k;
  };
  const isLemma = (w: string): boolean =>
    lexicon.lemmaOf ? lexicon.lemmaOf(w).toLowerCase() === w.toLowerCase() : true;
  const toks = tokens(text);
  let units: Unit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!WORDLIKE.has(t.kind)) continue;
    const unit: Unit = { first: i, last: i, form: t.text, reasons: [] };
    setForm(unit, t.text.normalize('NFC'), 'unicode');
    if (options.lookalikes !== false) {
      let fixed = DEFAULT_CACHES.lookalikes.get(unit.form);
      if (fixed === undefined)
        DEFAULT_CACHES.lookalikes.set(unit.form, (fixed = lookalikesInToken(unit.form)));
      setForm(unit, fixed, 'lookalike');
    }
    units.push(unit);
  }
  // whether a form changed after the first joining (line-break hyphen, lost hyphen, OCR)
  let repaired = false;
  if (options.splits !== false) {
    units = joinUnits(text, toks, units, known);
    for (const u of units)
      if (u.first === u.last && u.form.includes('-'))
        repaired = setForm(u, joinLineBreakHyphen(u.form, known), 'line-break-hyphen') || repaired;
  }
  for (const u of units) {
    if (options.hyphens !== false && u.first === u.last && !u.form.includes('-'))
      repaired =
        setForm(
          u,
          remembered(hyphens, u.form, (w) => restoreHyphen(w, known)),
          'lost-hyphen',
        ) || repaired;
    if (options.ocr !== false && toks[u.first]!.kind === 'word')
      repaired =
        setForm(
          u,
          remembered(repairs, u.form, (w) => repairLetters(w, known, isLemma)),
          'ocr',
        ) || repaired;
  }
  if (options.splits !== false && repaired) {
    // A repair can make a join possible (`кала ның` → `қала ның` → `қаланың`); joining again keeps
    // normalisation idempotent. With no form changed since the first joining, every pair of
    // neighbours was tried as it stands and joining again would find nothing.
    units = joinUnits(text, toks, units, known);
    for (const u of units)
      if (u.first === u.last && u.form.includes('-'))
        setForm(u, joinLineBreakHyphen(u.form, known), 'line-break-hyphen');
  }
  const changes: Change[] = [];
  for (const u of units) {
    const start = toks[u.first]!.start;
    const end = toks[u.last]!.end;
    // (a unit no repair touched is its token as written)
    if (u.reasons.length > 0 && text.slice(start, end) !== u.form)
      changes.push(trimmedChange(text, start, end, u.form, u.reasons.join('+')));
  }
  return { result: { text: applyChanges(text, changes), changes }, tokens: toks };
}

/**
 * Applies non-overlapping changes (sorted by start) to the text they were computed on.
 * @example
 * applyChanges('кала', [{ start: 0, end: 1, before: 'к', after: 'қ', reason: 'ocr' }]); // 'қала'
 */
export function applyChanges(text: string, changes: readonly Change[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) {
    out += text.slice(at, c.start) + c.after;
    at = c.end;
  }
  return out + text.slice(at);
}
