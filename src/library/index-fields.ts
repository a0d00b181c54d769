import { sql, type RawBuilder } from 'kysely';
import type { DocumentLanguage } from '../platform/db/tables.js';
import { kazakhLexemes, type DocumentAnalysis } from './analysis.js';
import { withParents } from './entity-parents.js';
import { entityLexeme, tsvectorOf } from './vector.js';

/** PostgreSQL's stemming configurations for the languages it knows. */
export const PG_CONFIG = { ru: 'russian', en: 'english' } as const;

export interface IndexFields {
  vector: RawBuilder<string>;
  titleVector: RawBuilder<string>;
  states: string[];
  organizations: string[];
}

/**
 * The search columns of a document. Kazakh words are indexed by our engine's lemmas (written as a
 * tsvector literal); Russian and English by PostgreSQL's stemmers. Every language also carries the
 * registry entities it names as `=id` lexemes, which is how a query finds a state's documents in
 * all three languages. Text is lower-cased here, not by the database, whose locale may be C.
 */
export function indexFields(
  title: string,
  language: DocumentLanguage,
  analysis: DocumentAnalysis,
): IndexFields {
  const ids = (type: string) => [
    ...new Set(analysis.entities.filter((e) => e.type === type).map((e) => e.id)),
  ];
  const states = ids('state');
  const organizations = withParents(ids('organization'));
  const entityTerms = [...states, ...organizations, ...ids('place'), ...ids('person')].map(
    entityLexeme,
  );
  const titleWords = language === 'kk' ? kazakhLexemes(title) : [];
  const titleVector =
    language === 'kk'
      ? sql<string>`${tsvectorOf([{ words: titleWords, weight: 'A' }])}::tsvector`
      : sql<string>`setweight(to_tsvector(${PG_CONFIG[language]}::regconfig, ${title.toLowerCase()}), 'A')`;
  const vector =
    language === 'kk'
      ? sql<string>`${tsvectorOf(
          [
            { words: titleWords, weight: 'A' },
            { words: analysis.words, weight: 'B' },
          ],
          entityTerms,
        )}::tsvector`
      : sql<string>`setweight(to_tsvector(${PG_CONFIG[language]}::regconfig, ${title.toLowerCase()}), 'A')
          || setweight(to_tsvector(${PG_CONFIG[language]}::regconfig, ${analysis.normalizedText.toLowerCase()}), 'B')
          || ${tsvectorOf([], entityTerms)}::tsvector`;
  return { vector, titleVector, states, organizations };
}
