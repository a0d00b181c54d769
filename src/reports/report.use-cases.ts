import { sql } from 'kysely';
import type { Queryable, Tx } from '../platform/db/database.js';
import type { ReportRow } from '../platform/db/tables.js';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import { isSecretariat, type Actor } from '../platform/auth/actor.js';
import { abilities, can } from '../platform/auth/policy.js';
import { conflict, invalid, notFound, ok, type Outcome } from '../platform/http/route.js';
import { findCycle } from './report.queries.js';
import { reportPolicy, type ReportFacts } from './report.policy.js';
import { ReportContent, type DraftBody, type Report } from './report.schema.js';

const facts = (r: Pick<ReportRow, 'state_id' | 'status' | 'visibility'>): ReportFacts => ({
  state: r.state_id,
  status: r.status,
  visibility: r.visibility,
});
const NOT_FOUND = (id: string) => notFound('id', `no report ${id}`);

export async function getReport(db: Queryable, actor: Actor, id: string): Promise<Outcome<Report>> {
  const row = await db.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return NOT_FOUND(id);
  const f = facts(row);
  const seesDraft = can(reportPolicy, actor, 'read-draft', f);
  const versions = (
    await db
      .selectFrom('report_version')
      .selectAll()
      .where('report_id', '=', id)
      .orderBy('version')
      .execute()
  ).filter((v) => can(reportPolicy, actor, 'read-submitted', { ...f, visibility: v.visibility }));
  // Forbidden and absent look the same: a report the caller may not see does not exist for them.
  if (!seesDraft && versions.length === 0) return NOT_FOUND(id);
  const reviews = seesDraft
    ? await db
        .selectFrom('report_review')
        .select(['version', 'decision', 'comment', 'decided_at'])
        .where('report_id', '=', id)
        .orderBy('seq')
        .execute()
    : [];
  return ok({
    id: row.id,
    cycle: row.cycle_id,
    state: row.state_id,
    status: seesDraft ? row.status : row.status === 'accepted' ? 'accepted' : 'submitted',
    visibility: row.visibility,
    draft: seesDraft
      ? {
          content: ReportContent.parse(row.draft),
          revision: row.revision,
          updatedAt: row.updated_at,
        }
      : null,
    versions: versions.map((v) => ({
      version: v.version,
      content: ReportContent.parse(v.content),
      visibility: v.visibility,
      reason: v.reason,
      submittedBy: seesDraft ? v.submitted_by : null,
      onBehalf: v.on_behalf,
      submittedAt: v.submitted_at,
    })),
    reviews: reviews.map((r) => ({
      version: r.version,
      decision: r.decision,
      comment: r.comment,
      decidedAt: r.decided_at,
    })),
    abilities: abilities(reportPolicy, actor, f),
  });
}

/**
 * Saves the working copy of a state's report (autosave). The client names the revision it edited;
 * if someone saved since, the save is refused as a conflict instead of overwriting their work.
 */
export async function saveDraft(
  trx: Tx,
  actor: Actor,
  cycleId: string,
  state: string,
  body: DraftBody,
): Promise<Outcome<Report>> {
  const cycle = await findCycle(trx, cycleId);
  if (!cycle) return notFound('id', `no reporting cycle ${cycleId}`);
  const existing = await trx
    .selectFrom('report')
    .selectAll()
    .where('cycle_id', '=', cycleId)
    .where('state_id', '=', state)
    .forUpdate()
    .executeTakeFirst();
  const f = existing
    ? facts(existing)
    : { state, status: 'draft' as const, visibility: body.visibility };
  if (!can(reportPolicy, actor, 'edit-draft', f))
    return notFound('state', `no report of ${state} in ${cycleId}`);
  const problem = await checkMeasures(trx, cycle.dimensions, body.content, existing?.id ?? null);
  if (problem) return problem;
  const before = existing
    ? { content: existing.draft, visibility: existing.visibility, revision: existing.revision }
    : null;
  let id: string;
  if (!existing) {
    if (body.revision !== 0)
      return conflict('revision', 'this report does not exist yet: save it with revision 0');
    const member = await trx
      .selectFrom('state')
      .select('id')
      .where('id', '=', state)
      .executeTakeFirst();
    if (!member) return notFound('state', `no state with id ${state}`);
    const row = await trx
      .insertInto('report')
      .values({
        cycle_id: cycleId,
        state_id: state,
        status: 'draft',
        visibility: body.visibility,
        draft: JSON.stringify(body.content),
        revision: 1,
        updated_by: actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  } else {
    if (body.revision !== existing.revision) {
      return conflict(
        'revision',
        `someone saved this draft since you opened it (revision ${existing.revision}, yours ${body.revision}); reload to see their changes`,
      );
    }
    await trx
      .updateTable('report')
      .set({
        draft: JSON.stringify(body.content),
        visibility: body.visibility,
        revision: existing.revision + 1,
        updated_by: actor.accountId,
        updated_at: sql<string>`now()`,
      })
      .where('id', '=', existing.id)
      .execute();
    id = existing.id;
  }
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: existing ? 'update' : 'create',
    entity: 'report',
    entityId: id,
    before,
    after: {
      content: body.content,
      visibility: body.visibility,
      revision: (existing?.revision ?? 0) + 1,
    },
  });
  return getReport(trx, actor, id);
}

async function checkMeasures(
  db: Queryable,
  dimensions: string[],
  content: ReportContent,
  reportId: string | null,
): Promise<Outcome<never> | null> {
  const ids = content.entries.map((e) => e.measure);
  if (ids.length === 0) return null;
  const known = await db
    .selectFrom('catalogue_measure as m')
    .innerJoin('catalogue_area as a', 'a.id', 'm.area_id')
    .select('m.id')
    .where('m.id', 'in', ids)
    .where('a.dimension_id', 'in', dimensions)
    .execute();
  const index = ids.findIndex((id) => !known.some((k) => k.id === id));
  if (index >= 0)
    return invalid(
      `content.entries.${index}.measure`,
      `${ids[index]} is not a measure in this cycle's dimensions`,
    );
  const attachmentIds = content.entries.flatMap((e) => e.attachments ?? []);
  if (attachmentIds.length > 0 && reportId !== null) {
    const stored = await db
      .selectFrom('report_attachment')
      .select('id')
      .where('report_id', '=', reportId)
      .where('id', 'in', attachmentIds)
      .execute();
    const index = content.entries.findIndex((e) =>
      (e.attachments ?? []).some((a) => !stored.some((s) => s.id === a)),
    );
    if (index >= 0)
      return invalid(
        `content.entries.${index}.attachments`,
        'refers to a file not attached to this report',
      );
  } else if (attachmentIds.length > 0) {
    return invalid('content.entries.0.attachments', 'save the report before attaching files');
  }
  const seen = new Set<string>();
  const twice = ids.findIndex((id) => seen.size === seen.add(id).size);
  return twice >= 0
    ? invalid(`content.entries.${twice}.measure`, `${ids[twice]} is reported twice`)
    : null;
}

/** Submits the working copy as a new immutable version; after the first, a reason is required. */
export async function submitReport(
  trx: Tx,
  actor: Actor,
  id: string,
  reason: string | undefined,
): Promise<Outcome<Report>> {
  const row = await trx
    .selectFrom('report')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row || !can(reportPolicy, actor, 'read-draft', facts(row))) return NOT_FOUND(id);
  if (!can(reportPolicy, actor, 'submit', facts(row)))
    return invalid(
      'id',
      'only the focal point of the state (or the Secretariat on its behalf) submits',
    );
  const last = await trx
    .selectFrom('report_version')
    .select((eb) => eb.fn.max('version').as('n'))
    .where('report_id', '=', id)
    .executeTakeFirst();
  const version = Number(last?.n ?? 0) + 1;
  if (version > 1 && !reason)
    return invalid('reason', 'say why this version corrects the one before');
  const content = ReportContent.parse(row.draft);
  if (!content.nilReturn && content.entries.length === 0) {
    return invalid('content', 'report on at least one measure, or submit a nil return');
  }
  const onBehalf = isSecretariat(actor);
  await trx
    .insertInto('report_version')
    .values({
      report_id: id,
      version,
      content: JSON.stringify(content),
      visibility: row.visibility,
      reason: version > 1 ? reason! : null,
      submitted_by: actor.accountId,
      on_behalf: onBehalf,
    })
    .execute();
  await trx
    .updateTable('report')
    .set({ status: 'submitted', updated_at: sql<string>`now()` })
    .where('id', '=', id)
    .execute();
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: 'submit',
    entity: 'report',
    entityId: id,
    before: { status: row.status },
    after: {
      status: 'submitted',
      version,
      visibility: row.visibility,
      reason: reason ?? null,
      onBehalf,
      content,
    },
  });
  return getReport(trx, actor, id);
}

/** The Secretariat's decision on the submitted version: return it with comments, or accept it. */
export async function reviewReport(
  trx: Tx,
  actor: Actor,
  id: string,
  decision: 'returned' | 'accepted',
  comment: string | null,
): Promise<Outcome<Report>> {
  const row = await trx
    .selectFrom('report')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row || !isSecretariat(actor)) return NOT_FOUND(id);
  if (!can(reportPolicy, actor, 'review', facts(row)))
    return conflict('status', `only a submitted report can be reviewed; this one is ${row.status}`);
  const last = await trx
    .selectFrom('report_version')
    .select((eb) => eb.fn.max('version').as('n'))
    .where('report_id', '=', id)
    .executeTakeFirstOrThrow();
  const version = Number(last.n);
  await trx
    .insertInto('report_review')
    .values({ report_id: id, version, decision, comment, decided_by: actor.accountId })
    .execute();
  await trx
    .updateTable('report')
    .set({ status: decision, updated_at: sql<string>`now()` })
    .where('id', '=', id)
    .execute();
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: decision === 'returned' ? 'return' : 'accept',
    entity: 'report',
    entityId: id,
    before: { status: row.status },
    after: { status: decision, version, comment },
  });
  return getReport(trx, actor, id);
}
