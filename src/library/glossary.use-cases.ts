import { saveRecord } from '../platform/audit/save-record.js';
import type { Actor } from '../platform/auth/actor.js';
import type { Queryable, Tx } from '../platform/db/database.js';
import { ok, type Outcome } from '../platform/http/route.js';
import type { Glossary, GlossaryTerm, GlossaryTermBody } from './library.schema.js';
import { termStore } from './term.store.js';

export async function listGlossary(trx: Queryable): Promise<Outcome<Glossary>> {
  const items = await trx
    .selectFrom('library_term')
    .select(['id', 'kk', 'ru', 'en'])
    .orderBy('id')
    .execute();
  return ok({ items });
}

/** Adds or corrects a term; searches use it at once (queries are expanded when they are run). */
export async function saveTerm(
  trx: Tx,
  actor: Actor,
  id: string,
  body: Omit<GlossaryTermBody, 'id'>,
): Promise<Outcome<GlossaryTerm>> {
  const term = { id, kk: body.kk, ru: body.ru, en: body.en };
  await saveRecord(trx, actor.accountId ?? 'system', termStore, term);
  return ok(term);
}
