import { lemmas } from '@senim/kazakh';
import type { Queryable } from '../../platform/db/database.js';
import type { LocalizedText } from '../../platform/localized-text.js';

/** A term with its forms in the three languages: a glossary entry or an instrument's title. */
export interface BridgeTerm {
  id: string;
  kind: 'glossary' | 'instrument';
  kk: string[];
  ru: string[];
  en: string[];
}

/** The glossary and the registry's instrument titles, read per search (a few hundred rows). */
export async function bridgeTerms(trx: Queryable): Promise<BridgeTerm[]> {
  const glossary = await trx.selectFrom('library_term').select(['id', 'kk', 'ru', 'en']).execute();
  const instruments = await trx.selectFrom('instrument').select(['id', 'title']).execute();
  return [
    ...glossary.map((t) => ({ ...t, kind: 'glossary' as const })),
    ...instruments.map((i) => {
      const title = i.title as unknown as LocalizedText;
      return {
        id: i.id,
        kind: 'instrument' as const,
        kk: [title.kk],
        ru: [title.ru],
        en: [title.en],
      };
    }),
  ];
}

// Lemmatised Kazakh forms of terms, memoised: the same few hundred strings come back on every search.
const kazakhForms = new Map<string, string[][]>();

/** Each word of a Kazakh phrase as its index lexemes (lemma and surface), lower-cased. */
export function kazakhWords(phrase: string): string[][] {
  let words = kazakhForms.get(phrase);
  if (!words) {
    words = lemmas(phrase).map((t) => [
      ...new Set([t.lemma.toLowerCase(), t.normalized.toLowerCase()]),
    ]);
    if (kazakhForms.size > 10_000) kazakhForms.clear();
    kazakhForms.set(phrase, words);
  }
  return words;
}

/** Lower-cased words of a Russian or English phrase. */
export const plainWords = (phrase: string) => phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether two inflected words of Russian or English are probably one word: equal, or sharing a
 * long prefix that leaves at most two letters of ending (`ядерного`/`ядерное`, `drugs`/`drug`).
 * Only used to spot glossary terms in a query; the index itself uses PostgreSQL's stemmers.
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return common >= 4 && common >= Math.min(a.length, b.length) - 2;
}
