import { sql, type Selectable } from 'kysely';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import { saveRecord } from '../platform/audit/save-record.js';
import type { Actor } from '../platform/auth/actor.js';
import { can } from '../platform/auth/policy.js';
import type { Queryable, Tx } from '../platform/db/database.js';
import type { LibrarySuggestionRow } from '../platform/db/tables.js';
import { invalid, notFound, ok, type Outcome } from '../platform/http/route.js';
import { eventStore } from '../events/event.store.js';
import { libraryPolicy } from './library.policy.js';
import { knownActors } from './registry-actors.js';
import type { ConfirmBody, Suggestion, SuggestionList } from './library.schema.js';

/** Where a confirmed event came from, in the event's `source`: the document and the sentence. */
export const librarySource = (document: string, start: number, end: number) =>
  `library:${document}#${start}-${end}`;

export async function listSuggestions(
  trx: Queryable,
  actor: Actor,
  query: {
    status?: 'pending' | 'confirmed' | 'rejected';
    kind?: 'event' | 'link';
    document?: string;
    limit: number;
    offset: number;
  },
): Promise<Outcome<SuggestionList>> {
  if (!can(libraryPolicy, actor, 'decide', undefined)) return notFound('id', 'no suggestions');
  let base = trx
    .selectFrom('library_suggestion as s')
    .innerJoin('library_document as d', 'd.id', 's.document_id');
  if (query.status) base = base.where('s.status', '=', query.status);
  if (query.kind) base = base.where('s.kind', '=', query.kind);
  if (query.document) base = base.where('s.document_id', '=', query.document);
  const { total } = await base
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('s')
    .select('d.title as document_title')
    .orderBy('d.added_at', 'desc')
    .orderBy('s.document_id')
    .orderBy('s.kind')
    .orderBy('s.sentence_start')
    .orderBy('s.key')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return ok({
    items: rows.map((r) => suggestionOf(r, r.document_title)),
    total: Number(total),
    limit: query.limit,
    offset: query.offset,
  });
}

/**
 * Confirms a suggestion: an event enters the timeline (through the audited record store) with a
 * link back to its sentence; a link joins the document to the registry entry. Both in one
 * transaction with the decision and its audit entry.
 */
export async function confirmSuggestion(
  trx: Tx,
  actor: Actor,
  id: string,
  body: ConfirmBody,
): Promise<Outcome<Suggestion>> {
  const found = await pendingSuggestion(trx, actor, id);
  if ('refused' in found) return found;
  const { row, document } = found;
  let eventId: string | null = null;
  if (row.kind === 'event') {
    const date = body.date ?? row.date;
    if (!date) return invalid('date', 'the event needs a date');
    const actors = body.actors ?? row.actors;
    const known = await knownActors(trx, actors);
    const unknown = actors.filter((a) => !known.has(a));
    if (unknown.length > 0) return invalid('actors', `not in the registry: ${unknown.join(', ')}`);
    eventId = `lib-${date.slice(0, 4)}-${row.id.slice(0, 8)}`;
    await saveRecord(trx, actor.accountId ?? 'system', eventStore, {
      id: eventId,
      date,
      type: body.type ?? 'meeting',
      title: {
        kk: body.title?.kk ?? row.title,
        ru: body.title?.ru ?? row.title,
        en: body.title?.en ?? row.title,
      },
      place: null,
      actors,
      instruments: [],
      source: librarySource(row.document_id, row.sentence_start, row.sentence_end),
    });
  } else if (row.target_kind && row.target_id) {
    await trx
      .insertInto('library_document_link')
      .values({
        document_id: row.document_id,
        target_kind: row.target_kind as 'state' | 'organization' | 'body',
        target_id: row.target_id,
        source: 'suggestion',
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return decide(trx, actor, row, document.title, 'confirmed', eventId);
}

export async function rejectSuggestion(
  trx: Tx,
  actor: Actor,
  id: string,
): Promise<Outcome<Suggestion>> {
  const found = await pendingSuggestion(trx, actor, id);
  if ('refused' in found) return found;
  return decide(trx, actor, found.row, found.document.title, 'rejected', null);
}

async function decide(
  trx: Tx,
  actor: Actor,
  row: Selectable<LibrarySuggestionRow>,
  documentTitle: string,
  status: 'confirmed' | 'rejected',
  eventId: string | null,
): Promise<Outcome<Suggestion>> {
  const updated = await trx
    .updateTable('library_suggestion')
    .set({ status, event_id: eventId, decided_by: actor.accountId, decided_at: sql`now()` })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const after = suggestionOf(updated, documentTitle);
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: status === 'confirmed' ? 'confirm' : 'reject',
    entity: 'library-suggestion',
    entityId: row.id,
    before: suggestionOf(row, documentTitle),
    after,
  });
  return ok(after);
}

async function pendingSuggestion(trx: Tx, actor: Actor, id: string) {
  if (!can(libraryPolicy, actor, 'decide', undefined)) return notFound('id', `no suggestion ${id}`);
  const row = await trx
    .selectFrom('library_suggestion')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return notFound('id', `no suggestion ${id}`);
  if (row.status !== 'pending') return invalid('id', `this suggestion was already ${row.status}`);
  const document = await trx
    .selectFrom('library_document')
    .select('title')
    .where('id', '=', row.document_id)
    .executeTakeFirstOrThrow();
  return { row, document };
}

function suggestionOf(row: Selectable<LibrarySuggestionRow>, documentTitle: string): Suggestion {
  return {
    id: row.id,
    document: row.document_id,
    documentTitle,
    kind: row.kind,
    status: row.status,
    sentence: { start: row.sentence_start, end: row.sentence_end, text: row.sentence },
    date: row.date,
    actors: row.actors,
    title: row.title,
    target: row.target_kind && row.target_id ? { kind: row.target_kind, id: row.target_id } : null,
    event: row.event_id,
  };
}
