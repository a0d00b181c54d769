/**
 * Baseline (b): PostgreSQL's `simple` text-search configuration (lower-casing, no stemming) over
 * title and text, GIN-indexed, queried with websearch_to_tsquery and ranked by ts_rank_cd.
 */
import type pg from 'pg';
import type { CorpusDocument } from './document.js';
import type { JudgedQuery } from './queries.js';

export const SCHEMA = 'bench_library';

export async function createSimpleTable(pool: pg.Pool): Promise<void> {
  await pool.query(`create schema if not exists ${SCHEMA}`);
  await pool.query(`
    create table if not exists ${SCHEMA}.simple_document (
      key text primary key,
      language text not null,
      title text not null,
      body text not null,
      tsv tsvector generated always as (to_tsvector('simple', title || ' ' || body)) stored
    )`);
  await pool.query(
    `create index if not exists simple_document_tsv on ${SCHEMA}.simple_document using gin (tsv)`,
  );
}

export async function simpleKeys(pool: pg.Pool): Promise<Set<string>> {
  const rows = await pool.query<{ key: string }>(`select key from ${SCHEMA}.simple_document`);
  return new Set(rows.rows.map((r) => r.key));
}

/** Inserts a batch in one statement (arrays unnested), inside the caller's transaction or not. */
export async function insertSimple(
  client: pg.Pool | pg.PoolClient,
  docs: readonly CorpusDocument[],
): Promise<void> {
  if (docs.length === 0) return;
  await client.query(
    `insert into ${SCHEMA}.simple_document (key, language, title, body)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[])
     on conflict (key) do nothing`,
    [
      docs.map((d) => d.key),
      docs.map((d) => d.language),
      docs.map((d) => d.title),
      docs.map((d) => d.text),
    ],
  );
}

export async function searchSimple(
  pool: pg.Pool,
  query: JudgedQuery,
  limit = 10,
): Promise<string[]> {
  const rows = await pool.query<{ key: string }>(
    `select key from ${SCHEMA}.simple_document, websearch_to_tsquery('simple', $1) q
     where tsv @@ q and ($2::text is null or language = $2)
     order by ts_rank_cd(tsv, q) desc, key
     limit $3`,
    [query.q, query.filter ?? null, limit],
  );
  return rows.rows.map((r) => r.key);
}
