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
 * hand-written entry, known to be a word of its own.
 */
export type LexTag =
  'N' | 'J' | 'V' | 'P' | 'D' | 'R' | 'M' | 'A' | 'C' | 'S' | 'T' | 'I' | 'X' | 'E' | '!';

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
      generic: !/[^NV]/.test(tags),
      proper: tags.includes('P'),
      hand: tags.includes('!'),
      pos:
        TAG_POS.find(([tag]) => tags.includes(tag))?.[1] ?? (tags.includes('V') ? 'VERB' : 'NOUN'),
      aux: tags.includes('X') && !tags.includes('V'),
    });
    infos.set(tags, info);
  }
  return info;
}

// FNV-1a style rolling hash over UTF-16 code units; extended one letter at a time.
const SEED = 0x811c9dc5 | 0;
const step = (h: number, code: number): number => Math.imul(h ^ code, 16777619);

let entries: LexEntry[] = [];
let hashes = new Int32Array(0);
let slots = new Int32Array(0);
let mask = 0;
let loaded = false;

function load(): void {
  const data = LEXICON_DATA;
  const list: LexEntry[] = [];
  let start = 0;
  while (start < data.length) {
    let end = data.indexOf('\n', start);
    if (end < 0) end = data.length;
    const tab = data.indexOf('\t', start);
    const form = data.slice(start, tab);
    const tags = data.slice(tab + 1, end);
    list.push({ key: form.toLowerCase(), form, tags, info: infoOf(tags) });
    start = end + 1;
  }
  let size = 1;
  while (size < list.length * 3) size <<= 1;
  const table = new Int32Array(size);
  const hs = new Int32Array(list.length);
  const m = size - 1;
  // (a later line with the same lower-case key replaces an earlier one, as Map.set did)
  for (let i = 0; i < list.length; i++) {
    const key = list[i]!.key;
    let h = SEED;
    for (let k = 0; k < key.length; k++) h = step(h, key.charCodeAt(k));
    hs[i] = h;
    let at = h & m;
    for (;;) {
      const slot = table[at]!;
      if (slot === 0) {
        table[at] = i + 1;
        break;
      }
      if (hs[slot - 1] === h && list[slot - 1]!.key === key) {
        table[at] = i + 1;
        break;
      }
      at = (at + 1) & m;
    }
  }
  entries = list;
  hashes = hs;
  slots = table;
  mask = m;
  loaded = true;
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
  let length = end;
  if (t1 >= 0) {
    h = step(h, t1);
    length++;
    if (t2 >= 0) {
      h = step(h, t2);
      length++;
    }
  }
  let at = h & mask;
  for (;;) {
    const slot = slots[at]!;
    if (slot === 0) return undefined;
    if (hashes[slot - 1] === h) {
      const e = entries[slot - 1]!;
      const key = e.key;
      if (
        key.length === length &&
        samePrefix(key, word, end) &&
        (t1 < 0 || key.charCodeAt(end) === t1) &&
        (t2 < 0 || key.charCodeAt(end + 1) === t2)
      )
        return e;
    }
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
