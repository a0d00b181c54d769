import { entities, toCyrillic, tokens } from '@senim/kazakh';
import type { DocumentLanguage } from '../../platform/db/tables.js';
import { entityLexeme } from '../vector.js';
import { kazakhWords, plainWords, sameStem, type BridgeTerm } from './terms.js';

/** A word of the query as each index may hold it. */
export interface QueryWord {
  text: string;
  /** Kazakh index lexemes (lemmas and the surface), lower-cased. */
  kk: string[];
  /** The word as Russian or English stemmers should see it (null when the language is ruled out). */
  ru: string | null;
  en: string | null;
}

/**
 * A part of the query every hit must satisfy: a word, or several words that name one thing (a
 * registry entity, a glossary term, an instrument), which then also match in the other languages.
 */
export interface QueryUnit {
  words: QueryWord[];
  entities: string[];
  term: BridgeTerm | null;
}

export interface QueryPlan {
  units: QueryUnit[];
  expansions: { term: string; kind: 'glossary' | 'entity' | 'instrument' }[];
}

const LATIN = /\p{Script=Latin}/u;
const QUERY_TOKEN_KINDS = new Set(['word', 'number', 'abbreviation']);

/**
 * Reads a query: its words, the entities and bridge terms it names. Without a stated language a
 * Cyrillic word is tried as Kazakh and Russian, a Latin one as English and as Kazakh in the Latin
 * alphabet; the index decides which fits.
 */
export function planQuery(
  q: string,
  lang: DocumentLanguage | undefined,
  terms: readonly BridgeTerm[],
): QueryPlan {
  const found = tokens(q).filter((t) => QUERY_TOKEN_KINDS.has(t.kind));
  const words = found.map((t) => queryWord(t.text, lang));
  const claimed: (QueryUnit | null)[] = words.map(() => null);
  const expansions: QueryPlan['expansions'] = [];

  // Entities and bridge terms compete for the words they cover: the longer span wins (the
  // instrument "Almaty Act" over the place "Almaty"), an entity over a term of the same length.
  const spans = [
    ...entities(q).map((mention) => {
      const covered = found.flatMap((t, i) =>
        t.start >= mention.start && t.end <= mention.end ? [i] : [],
      );
      return {
        covered,
        entities: [entityLexeme(mention.id)],
        term: null,
        expansion: { term: mention.id, kind: 'entity' as const },
      };
    }),
    ...termMatches(words, terms).map((match) => ({
      covered: range(match.from, match.to),
      entities: [],
      term: match.term,
      expansion: { term: match.term.id, kind: match.term.kind },
    })),
  ].sort(
    (a, b) =>
      b.covered.length - a.covered.length || Number(a.term !== null) - Number(b.term !== null),
  );
  const taken: typeof spans = [];
  for (const span of spans) {
    if (span.covered.length === 0 || span.covered.some((i) => claimed[i])) continue;
    taken.push(span);
    const unit = {
      words: span.covered.map((i) => words[i]!),
      entities: span.entities,
      term: span.term,
    };
    for (const i of span.covered) claimed[i] = unit;
  }
  taken.sort((a, b) => a.covered[0]! - b.covered[0]!);
  for (const span of taken) expansions.push(span.expansion);

  const units: QueryUnit[] = [];
  words.forEach((word, i) => {
    const unit = claimed[i];
    if (!unit) units.push({ words: [word], entities: [], term: null });
    else if (!units.includes(unit)) units.push(unit);
  });
  return { units, expansions };
}

function queryWord(text: string, lang: DocumentLanguage | undefined): QueryWord {
  const latin = LATIN.test(text);
  const lower = text.toLowerCase();
  const kkSource = latin ? toCyrillic(text) : text;
  const wantKk = lang === undefined || lang === 'kk';
  return {
    text,
    kk: wantKk ? kazakhWords(kkSource).flat() : [],
    ru: (lang === undefined && !latin) || lang === 'ru' ? lower : null,
    en: (lang === undefined && latin) || lang === 'en' ? lower : null,
  };
}

/** Longest bridge-term matches first, in any of the term's languages. */
function termMatches(words: readonly QueryWord[], terms: readonly BridgeTerm[]) {
  const matches: { from: number; to: number; term: BridgeTerm }[] = [];
  for (const term of terms) {
    const variants = [
      ...term.kk.map((v) => ({ parts: kazakhWords(v), kk: true })),
      ...[...term.ru, ...term.en].map((v) => ({ parts: plainWords(v).map((w) => [w]), kk: false })),
    ];
    for (const { parts, kk } of variants) {
      if (parts.length === 0) continue;
      for (let from = 0; from + parts.length <= words.length; from += 1) {
        const fits = parts.every((forms, j) => {
          const word = words[from + j]!;
          return kk
            ? forms.some((f) => word.kk.includes(f))
            : forms.some((f) => sameStem(word.text.toLowerCase(), f));
        });
        if (fits) matches.push({ from, to: from + parts.length - 1, term });
      }
    }
  }
  return matches.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
