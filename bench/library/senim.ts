/**
 * Senim's own library search, called through its use cases: documents filed with addTextDocument
 * (full analysis and indexing), queries answered by searchLibrary. The benchmark keeps its own
 * table from corpus keys to Senim's document ids to judge the answers.
 */
import { sql } from 'kysely';
import type pg from 'pg';
import type { Actor } from '../../src/platform/auth/actor.js';
import type { Database, Tx } from '../../src/platform/db/database.js';
import type { CorpusDocument } from './document.js';
import { SCHEMA } from './pg-simple.js';
import type { JudgedQuery } from './queries.js';

/** The Secretariat files documents; searches are made as the public. */
export const SECRETARIAT: Actor = Object.freeze({
  role: 'admin',
  accountId: null,
  stateId: null,
  organizationId: null,
});

type Outcome = { ok: true; value: { id: string } } | { ok: false };
type AddTextDocument = (trx: Tx, actor: Actor, input: Record<string, unknown>) => Promise<Outcome>;
type SearchLibrary = (
  db: Database | Tx,
  actor: Actor,
  query: Record<string, unknown>,
) => Promise<
  { items: { document: string }[] } | { ok: true; value: { items: { document: string }[] } }
>;

export interface SenimLibrary {
  add(trx: Tx, doc: CorpusDocument): Promise<string>;
  search(db: Database, actor: Actor, query: JudgedQuery, limit?: number): Promise<string[]>;
}

/** Senim's library, or why it cannot be called yet. */
export async function connectSenim(): Promise<SenimLibrary | { missing: string }> {
  // Looked up at run time: the library is being written alongside this benchmark.
  const documents = (await importOrNull('../../src/library/document.use-cases.js')) as {
    addTextDocument?: AddTextDocument;
  } | null;
  const search = (await importOrNull('../../src/library/search.use-cases.js')) as {
    searchLibrary?: SearchLibrary;
  } | null;
  const addTextDocument = documents?.addTextDocument;
  const searchLibrary = search?.searchLibrary;
  if (!addTextDocument || !searchLibrary)
    return {
      missing: `src/library does not export ${[!addTextDocument && 'addTextDocument', !searchLibrary && 'searchLibrary'].filter(Boolean).join(' and ')} yet`,
    };
  return {
    async add(trx, doc) {
      const outcome = await addTextDocument(trx, SECRETARIAT, {
        title: doc.title,
        text: doc.text,
        language: doc.language,
        visibility: 'public',
        type: doc.type,
        date: doc.date,
        ...(doc.author ? { author: doc.author } : {}),
      });
      if (!outcome.ok) throw new Error(`${doc.key}: not filed: ${JSON.stringify(outcome)}`);
      return outcome.value.id;
    },
    async search(db, actor, query, limit = 10) {
      const answer = await searchLibrary(db, actor, {
        q: query.q,
        lang: query.lang,
        ...(query.filter ? { language: query.filter } : {}),
        limit,
      });
      const result = 'items' in answer ? answer : answer.value;
      return result.items.map((i) => i.document);
    },
  };
}

async function importOrNull(specifier: string): Promise<unknown> {
  try {
    return (await import(specifier)) as unknown;
  } catch {
    return null;
  }
}

export async function createKeyTable(pool: pg.Pool): Promise<void> {
  await pool.query(`create schema if not exists ${SCHEMA}`);
  await pool.query(
    `create table if not exists ${SCHEMA}.senim_document (key text primary key, document uuid not null unique)`,
  );
  await pool.query(`grant usage on schema ${SCHEMA} to senim_app`);
  await pool.query(`grant select, insert on ${SCHEMA}.senim_document to senim_app`);
}

/** Corpus key → Senim document id for the documents already filed. */
export async function senimKeys(pool: pg.Pool): Promise<Map<string, string>> {
  const rows = await pool.query<{ key: string; document: string }>(
    `select key, document from ${SCHEMA}.senim_document`,
  );
  return new Map(rows.rows.map((r) => [r.key, r.document]));
}

/** Records which Senim document each corpus key became, in the transaction that filed them. */
export async function recordKeys(trx: Tx, pairs: readonly [string, string][]): Promise<void> {
  if (pairs.length === 0) return;
  await sql`insert into ${sql.raw(SCHEMA)}.senim_document (key, document)
    select * from unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::uuid[])
    on conflict (key) do nothing`.execute(trx);
}
