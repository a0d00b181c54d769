/**
 * Senim's own library search, called through its use cases: documents filed with addTextDocument
 * (full analysis and indexing), queries answered by searchLibrary with the API's defaults. The benchmark keeps its own
 * table from corpus keys to Senim's document ids to judge the answers.
 */
import { sql } from 'kysely';
import type pg from 'pg';
import { addTextDocument } from '../../src/library/document.use-cases.js';
import { SearchQuery } from '../../src/library/library.schema.js';
import { searchLibrary } from '../../src/library/search/search.use-cases.js';
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

export interface SenimLibrary {
  add(trx: Tx, doc: CorpusDocument): Promise<string>;
  /** Ranked document ids; `withLang` passes the query's language, else Senim guesses it. */
  search(db: Database, actor: Actor, query: JudgedQuery, withLang: boolean): Promise<string[]>;
}

export const senim: SenimLibrary = {
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
    if (!('ok' in outcome)) throw new Error(`${doc.key}: not filed: ${JSON.stringify(outcome)}`);
    return outcome.ok.id;
  },
  async search(db, actor, query, withLang) {
    // As the HTTP edge does: one read-only transaction per search.
    const outcome = await db.transaction().execute((trx) =>
      searchLibrary(
        trx,
        actor,
        SearchQuery.parse({
          q: query.q,
          ...(withLang ? { lang: query.lang } : {}),
          ...(query.filter ? { language: query.filter } : {}),
          limit: '10',
        }),
      ),
    );
    if (!('ok' in outcome)) throw new Error(`${query.id}: refused: ${JSON.stringify(outcome)}`);
    return outcome.ok.items.map((i) => i.document);
  },
};

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
