import { sql, type RawBuilder } from 'kysely';
import { anyOf } from '../vector.js';
import { kazakhWords, plainWords } from './terms.js';
import type { QueryUnit, QueryWord } from './plan.js';

type TsQuery = RawBuilder<string>;

const EMPTY: TsQuery = sql<string>`''::tsquery`;
const literal = (text: string): TsQuery => (text === '' ? EMPTY : sql<string>`${text}::tsquery`);
const stemmed = (config: 'russian' | 'english', text: string): TsQuery =>
  sql<string>`plainto_tsquery(${config}::regconfig, ${text})`;

export const orAll = (parts: readonly TsQuery[]): TsQuery =>
  parts.length === 0 ? EMPTY : parts.reduce((a, b) => sql<string>`(${a} || ${b})`);
export const andAll = (parts: readonly TsQuery[]): TsQuery =>
  parts.length === 0 ? EMPTY : parts.reduce((a, b) => sql<string>`(${a} && ${b})`);

/** Kazakh lexemes of several words: each word must match one of its forms. */
const kazakhAll = (words: readonly (readonly string[])[]) => {
  const parts = words.map((forms) => anyOf(forms)).filter((p) => p !== '');
  return parts.length === 0 ? '' : parts.join(' & ');
};

/**
 * A unit as a tsquery: its own words in each language they may be, OR the entity it names, OR the
 * bridge term's forms in all three languages (Kazakh lemmatised by our engine, Russian and English
 * stemmed by PostgreSQL) — which is how it finds documents in the other languages.
 */
export function unitQuery(unit: QueryUnit, corrected: ReadonlyMap<QueryWord, string>): TsQuery {
  const own = unit.words;
  const alternatives: TsQuery[] = [];
  const kk = kazakhAll(own.map((w) => (corrected.has(w) ? [...w.kk, corrected.get(w)!] : w.kk)));
  if (kk !== '') alternatives.push(literal(kk));
  const text = (pick: (w: QueryWord) => string | null) =>
    own.every((w) => pick(w) !== null) ? own.map((w) => pick(w)).join(' ') : null;
  const ru = text((w) => w.ru);
  if (ru) alternatives.push(stemmed('russian', ru));
  const en = text((w) => w.en);
  if (en) alternatives.push(stemmed('english', en));
  if (unit.entities.length > 0) alternatives.push(literal(anyOf(unit.entities)));
  if (unit.term) {
    for (const form of unit.term.kk) alternatives.push(literal(kazakhAll(kazakhWords(form))));
    for (const form of unit.term.ru)
      alternatives.push(stemmed('russian', plainWords(form).join(' ')));
    for (const form of unit.term.en)
      alternatives.push(stemmed('english', plainWords(form).join(' ')));
  }
  return orAll(alternatives);
}
