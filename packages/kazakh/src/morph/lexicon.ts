/**
 * The stem lexicon: hunspell-kk stems (verbs from its infinitives) plus hand-written domain
 * additions, decoded lazily from the generated `lexicon-data.ts` on first use.
 *
 * Look-ups run in the analyser's innermost loop, for every candidate stem of every word, so
 * the index is an open-addressing hash table keyed by a rolling hash of the lower-case stem:
 * a candidate stem is looked up as `word.slice(0, end)` plus a letter or two without building
 * that string.
 */
import { LEXICON_DATA } from './lexicon-data.js';
import type { Pos } from './types.js';

/**
 * Tag letters used in the lexicon data (see packages/kazakh/lexicon/additions.tsv); '!' marks a
 * hand-written entry, known to be a word of its own; 'G' a personal name of the spelling list
 * (alone with 'P', a name and nothing else: Айдос; with other tags, also a common word: азамат).
 */
export type LexTag =
  'N' | 'J' | 'V' | 'P' | 'D' | 'R' | 'M' | 'A' | 'C' | 'S' | 'T' | 'I' | 'X' | 'E' | 'G' | '!';

export const NOMINAL_TAGS = 'NJPDRMAEX';

/** What the analyser asks of an entry's tags, worked out once per distinct tag string. */
export interface TagInfo {
  /** May start the nominal chain. */
  readonly nominal: boolean;
  /** May start the verbal chain. */
  readonly verb: boolean;
  /** Only verbal tags (V, X, !): the bare word is read as a verb. */
  readonly verbOnly: boolean;
  /** Only the generic N/V tags of the spelling list (no hand-written tag). */
  readonly generic: boolean;
  readonly proper: boolean;
  readonly hand: boolean;
  /** Part of speech of the bare entry read as a nominal (the first listed tag that decides). */
  readonly pos: Pos;
  /** The copula е- and other auxiliaries that are not verbs too. */
  readonly aux: boolean;
  /** A personal name (G), perhaps also a common word. */
  readonly givenName: boolean;
  /** A personal name and nothing else: read only in a capitalised word. */
  readonly nameOnly: boolean;
}

export interface LexEntry {
  /** Lower-case key. */
  readonly key: string;
  /** The entry as it is written in a lemma: proper nouns and abbreviations keep their capitals. */
  readonly form: string;
  readonly tags: string;
  readonly info: TagInfo;
}

export function hasTag(entry: LexEntry, tags: string): boolean {
  for (let i = 0; i < entry.tags.length; i++) if (tags.includes(entry.tags[i]!)) return true;
  return false;
}

const TAG_POS: readonly (readonly [string, Pos])[] = [
  ['P', 'PROPN'],
  ['R', 'PRON'],
  ['E', 'DET'],
  ['A', 'ADP'],
  ['C', 'CCONJ'],
  ['S', 'SCONJ'],
  ['T', 'PART'],
  ['X', 'AUX'],
  ['M', 'NUM'],
  ['D', 'ADV'],
  ['I', 'INTJ'],
  ['J', 'ADJ'],
  ['N', 'NOUN'],
];

const infos = new Map<string, TagInfo>();
function infoOf(tags: string): TagInfo {
  let info = infos.get(tags);
  if (!info) {
    const has = (set: string): boolean => [...tags].some((t) => set.includes(t));
    info = Object.freeze({
      nominal: has(NOMINAL_TAGS),
      verb: tags.includes('V'),
      verbOnly: /^[VX!]+$/.test(tags),
      generic: !/[^NVG]/.test(tags),
      proper: tags.includes('P'),
      hand: tags.includes('!'),
      pos:
        TAG_POS.find(([tag]) => tags.includes(tag))?.[1] ?? (tags.includes('V') ? 'VERB' : 'NOUN'),
      aux: tags.includes('X') && !tags.includes('V'),
      givenName: tags.includes('G'),
      nameOnly: tags.includes('G') && /^[PG!]+$/.test(tags),
    });
    infos.set(tags, info);
  }
  return info;
}

// FNV-1a style rolling hash over UTF-16 code units; extended one letter at a time.
const SEED = 0x811c9dc5 | 0;
const step = (h: number, code: number): number => Math.imul(h ^ code, 16777619);

/**
 * The lower-case code unit of each code unit below U+0500 (Latin and Cyrillic), or -1 where
 * lowering is not one code unit for one (İ) or depends on the neighbours (Greek Σ at a word's
 * end): keys made of the others are lowered letter by letter, without building a string.
 */
const LOWER = (() => {
  const t = new Int32Array(0x500);
  for (let c = 0; c < 0x500; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    t[c] = lower.length === 1 && c !== 0x3a3 ? lower.charCodeAt(0) : -1;
  }
  return t;
})();

const TAB = 9;

/*
 * The index is built without decoding the entries: 37,000 entries of a few strings and an
 * object each cost tens of milliseconds and a fair share of the first garbage collections of a
 * fresh process, and an analysis meets only a few hundred of them. An entry is a line of
 * LEXICON_DATA ("form TAB tags"), known by where it starts and where its tab is; its key is
 * compared letter by letter against the data, and the LexEntry is built on its first look-up.
 */
let data = '';
let lineStart = new Int32Array(0);
let tabAt = new Int32Array(0);
/** Entries whose key is not the form lowered letter by letter (see LOWER): their keys. */
const irregular = new Map<number, string>();
let hashes = new Int32Array(0);
let slots: Int32Array = new Int32Array(0);
let mask = 0;
let built: (LexEntry | undefined)[] = [];
let loaded = false;

// (each loop of the loading is a function of its own: V8 optimises a long loop while it runs,
// and code of the same function after it that has not run yet would throw that work away)
function load(): void {
  data = LEXICON_DATA;
  const count = countLines(data);
  lineStart = new Int32Array(count);
  tabAt = new Int32Array(count);
  hashes = new Int32Array(count);
  indexLines(count);
  slots = hashTable(count);
  mask = slots.length - 1;
  built = new Array<LexEntry | undefined>(count).fill(undefined);
  loaded = true;
}

function countLines(text: string): number {
  let count = 0;
  for (let start = 0; start < text.length; count++) {
    const end = text.indexOf('\n', start);
    start = end < 0 ? text.length : end + 1;
  }
  return count;
}

/** Where each line and its tab are, and the hash of its key. */
function indexLines(count: number): void {
  let start = 0;
  for (let i = 0; i < count; i++) {
    lineStart[i] = start;
    let h = SEED;
    let k = start;
    let regular = true;
    for (
      let code = data.charCodeAt(k);
      code !== TAB && k < data.length;
      code = data.charCodeAt(++k)
    ) {
      const lower = code < 0x500 ? LOWER[code]! : -1;
      if (lower < 0) regular = false;
      h = step(h, lower);
    }
    tabAt[i] = k;
    if (!regular) {
      const key = data.slice(start, k).toLowerCase();
      irregular.set(i, key);
      h = SEED;
      for (let j = 0; j < key.length; j++) h = step(h, key.charCodeAt(j));
    }
    hashes[i] = h;
    const end = data.indexOf('\n', k);
    start = end < 0 ? data.length : end + 1;
  }
}

/** The open-addressing table of entry numbers + 1 by hash (0: empty). */
function hashTable(count: number): Int32Array {
  let size = 1;
  while (size < count * 3) size <<= 1;
  const table = new Int32Array(size);
  const m = size - 1;
  // (a later line with the same lower-case key replaces an earlier one, as Map.set did)
  for (let i = 0; i < count; i++) {
    const h = hashes[i]!;
    let at = h & m;
    for (;;) {
      const slot = table[at]!;
      if (slot === 0 || (hashes[slot - 1] === h && sameKey(slot - 1, i))) {
        table[at] = i + 1;
        break;
      }
      at = (at + 1) & m;
    }
  }
  return table;
}

function keyLength(i: number): number {
  const key = irregular.get(i);
  return key !== undefined ? key.length : tabAt[i]! - lineStart[i]!;
}

/** Code unit `k` of entry `i`'s key (regular entries only: see `irregular`). */
const regularKeyAt = (i: number, k: number): number => LOWER[data.charCodeAt(lineStart[i]! + k)]!;

function sameKey(a: number, b: number): boolean {
  const n = keyLength(a);
  if (keyLength(b) !== n) return false;
  const ka = irregular.get(a);
  const kb = irregular.get(b);
  for (let k = 0; k < n; k++) {
    const ca = ka !== undefined ? ka.charCodeAt(k) : regularKeyAt(a, k);
    const cb = kb !== undefined ? kb.charCodeAt(k) : regularKeyAt(b, k);
    if (ca !== cb) return false;
  }
  return true;
}

/** Entry `i`'s key is `word.slice(0, end)`, then the letters `t1` and `t2` when not -1. */
function keyIs(i: number, word: string, end: number, t1: number, t2: number): boolean {
  const length = end + (t1 >= 0 ? (t2 >= 0 ? 2 : 1) : 0);
  const key = irregular.get(i);
  if (key !== undefined)
    return (
      key.length === length &&
      samePrefix(key, word, end) &&
      (t1 < 0 || key.charCodeAt(end) === t1) &&
      (t2 < 0 || key.charCodeAt(end + 1) === t2)
    );
  const from = lineStart[i]!;
  if (tabAt[i]! - from !== length) return false;
  for (let k = 0; k < end; k++)
    if (LOWER[data.charCodeAt(from + k)] !== word.charCodeAt(k)) return false;
  return (t1 < 0 || regularKeyAt(i, end) === t1) && (t2 < 0 || regularKeyAt(i, end + 1) === t2);
}

function entryAt(i: number): LexEntry {
  let entry = built[i];
  if (entry === undefined) {
    const tab = tabAt[i]!;
    const end = data.indexOf('\n', tab);
    const form = data.slice(lineStart[i], tab);
    const tags = data.slice(tab + 1, end < 0 ? data.length : end);
    entry = { key: form.toLowerCase(), form, tags, info: infoOf(tags) };
    built[i] = entry;
  }
  return entry;
}

/**
 * Hashes of every prefix of `word`: `out[k]` is the hash of `word.slice(0, k)`; written into
 * `buffer` when it is long enough.
 */
export function prefixHashes(word: string, buffer?: Int32Array): Int32Array {
  const out =
    buffer !== undefined && buffer.length > word.length ? buffer : new Int32Array(word.length + 1);
  let h = SEED;
  out[0] = h;
  for (let k = 0; k < word.length; k++) out[k + 1] = h = step(h, word.charCodeAt(k));
  return out;
}

/**
 * The entry for the lower-case stem `word.slice(0, end)` followed by the letters with codes
 * `t1` and `t2` when they are not -1, or undefined; nothing is allocated. `prefix` holds the
 * word's `prefixHashes`.
 */
export function lookupAt(
  word: string,
  prefix: Int32Array,
  end: number,
  t1 = -1,
  t2 = -1,
): LexEntry | undefined {
  if (!loaded) load();
  let h = prefix[end]!;
  if (t1 >= 0) {
    h = step(h, t1);
    if (t2 >= 0) h = step(h, t2);
  }
  let at = h & mask;
  for (;;) {
    const slot = slots[at]!;
    if (slot === 0) return undefined;
    if (hashes[slot - 1] === h && keyIs(slot - 1, word, end, t1, t2)) return entryAt(slot - 1);
    at = (at + 1) & mask;
  }
}

function samePrefix(a: string, b: string, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** The entry for a lower-case stem, or undefined. */
export function lookup(stem: string): LexEntry | undefined {
  return lookupAt(stem, prefixHashes(stem), stem.length);
}

/** Whether a lower-case word is a personal name of the spelling list (азамат, айдос). */
export function isGivenName(lower: string): boolean {
  return lookup(lower)?.info.givenName === true;
}
