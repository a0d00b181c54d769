/**
 * The stem lexicon: hunspell-kk stems (verbs from its infinitives) plus hand-written domain
 * additions, decoded lazily from the generated `lexicon-data.ts` on first use.
 */
import { LEXICON_DATA } from './lexicon-data.js';

/**
 * Tag letters used in the lexicon data (see packages/kazakh/lexicon/additions.tsv); '!' marks a
 * hand-written entry, known to be a word of its own.
 */
export type LexTag =
  'N' | 'J' | 'V' | 'P' | 'D' | 'R' | 'M' | 'A' | 'C' | 'S' | 'T' | 'I' | 'X' | 'E' | '!';

export interface LexEntry {
  /** The entry as it is written in a lemma: proper nouns and abbreviations keep their capitals. */
  readonly form: string;
  readonly tags: string;
}

let index: Map<string, LexEntry> | null = null;

function load(): Map<string, LexEntry> {
  const map = new Map<string, LexEntry>();
  let start = 0;
  const data = LEXICON_DATA;
  while (start < data.length) {
    let end = data.indexOf('\n', start);
    if (end < 0) end = data.length;
    const tab = data.indexOf('\t', start);
    const form = data.slice(start, tab);
    const tags = data.slice(tab + 1, end);
    map.set(form.toLowerCase(), { form, tags });
    start = end + 1;
  }
  return map;
}

/** The entry for a lower-case stem, or undefined. */
export function lookup(stem: string): LexEntry | undefined {
  if (index === null) index = load();
  return index.get(stem);
}

export const NOMINAL_TAGS = 'NJPDRMAEX';

export function hasTag(entry: LexEntry, tags: string): boolean {
  for (let i = 0; i < entry.tags.length; i++) if (tags.includes(entry.tags[i]!)) return true;
  return false;
}
