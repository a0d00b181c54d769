import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Queryable, Tx } from '../platform/db/database.js';
import type { PlanDocumentRow } from '../platform/db/tables.js';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import type { Actor } from '../platform/auth/actor.js';
import { abilities, can } from '../platform/auth/policy.js';
import { conflict, invalid, notFound, ok, type Outcome } from '../platform/http/route.js';
import { planPolicy, type PlanFacts } from './plan.policy.js';
import type { Plan, PlanBody, PlanOfCbms } from './plan.schema.js';

type Row = Omit<PlanDocumentRow, 'id' | 'updated_at'> & { id: string; updated_at: string };
const facts = (r: Pick<Row, 'state_id' | 'status'>): PlanFacts => ({
  state: r.state_id,
  status: r.status,
});
const NOT_FOUND = (id: string) => notFound('id', `no plan ${id}`);

function toPlan(row: Row, activities: Plan['activities'], actor: Actor): Plan {
  return {
    id: row.id,
    kind: row.kind,
    area: row.area_id,
    state: row.state_id,
    title: row.title,
    body: row.body,
    startsYear: row.starts_year,
    endsYear: row.ends_year,
    status: row.status,
    revision: row.revision,
    socMeeting: row.soc_meeting,
    comment: row.comment,
    activities,
    abilities: abilities(planPolicy, actor, facts(row)),
  };
}

export async function listPlans(
  db: Queryable,
  actor: Actor,
  filter: { state?: string | undefined; area?: string | undefined },
) {
  let query = db.selectFrom('plan_document').selectAll();
  if (filter.state) query = query.where('state_id', '=', filter.state);
  if (filter.area) query = query.where('area_id', '=', filter.area);
  const rows = (await query.orderBy('starts_year', 'desc').orderBy('title').execute()).filter((r) =>
    can(planPolicy, actor, 'read', facts(r)),
  );
  const items = rows.map((r) => {
    const { activities: _a, body: _b, ...plan } = toPlan(r, [], actor);
    return plan;
  });
  return ok({ items, total: items.length, abilities: abilities(planPolicy, actor, undefined) });
}

export async function getPlan(db: Queryable, actor: Actor, id: string): Promise<Outcome<Plan>> {
  const row = await db
    .selectFrom('plan_document')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !can(planPolicy, actor, 'read', facts(row))) return NOT_FOUND(id);
  const activities = await db
    .selectFrom('plan_activity')
    .select([
      'id',
      'title',
      'starts_on as startsOn',
      'ends_on as endsOn',
      'venue',
      'organisers',
      'participants',
    ])
    .where('plan_id', '=', id)
    .orderBy('position')
    .execute();
  return ok(toPlan(row, activities, actor));
}

/**
 * Creates or edits a plan of a coordinating state: only a state that coordinates the area (now or
 * in the plan's years) writes one. A stale revision is a conflict, never an overwrite.
 */
export async function savePlan(
  trx: Tx,
  actor: Actor,
  id: string | null,
  body: PlanBody,
): Promise<Outcome<Plan>> {
  const existing = id
    ? await trx
        .selectFrom('plan_document')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst()
    : undefined;
  if (id && (!existing || !can(planPolicy, actor, 'read', facts(existing)))) return NOT_FOUND(id);
  const f = existing ? facts(existing) : { state: body.state, status: 'draft' as const };
  if (!can(planPolicy, actor, 'edit', f)) {
    return existing && can(planPolicy, actor, 'read', f)
      ? conflict('status', `a ${existing.status} plan cannot be edited`)
      : notFound('state', `no plans of ${body.state} to edit`);
  }
  if (existing && (existing.state_id !== body.state || existing.area_id !== body.area))
    return invalid('area', 'the area and state of a plan do not change');
  const coordinates = await trx
    .selectFrom('coordinator_role as r')
    .leftJoin('catalogue_area as a', 'a.dimension_id', 'r.dimension_id')
    .select('r.id')
    .where('r.state_id', '=', body.state)
    .where((eb) => eb.or([eb('r.area_id', '=', body.area), eb('a.id', '=', body.area)]))
    .executeTakeFirst();
  if (!coordinates)
    return invalid('area', `${body.state} is not a coordinator or co-coordinator of ${body.area}`);
  if (existing && body.revision !== existing.revision) {
    return conflict(
      'revision',
      `someone saved this plan since you opened it (revision ${existing.revision}, yours ${body.revision}); reload to see their changes`,
    );
  }
  if (!existing && body.revision !== 0)
    return conflict('revision', 'this plan does not exist yet: save it with revision 0');
  const values = {
    kind: body.kind,
    area_id: body.area,
    state_id: body.state,
    title: body.title,
    body: body.body,
    starts_year: body.startsYear,
    ends_year: body.endsYear,
    updated_by: actor.accountId,
  };
  const planId = existing
    ? (
        await trx
          .updateTable('plan_document')
          .set({ ...values, revision: existing.revision + 1, updated_at: sql<string>`now()` })
          .where('id', '=', existing.id)
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    : (
        await trx
          .insertInto('plan_document')
          .values({ ...values, status: 'draft', revision: 1, soc_meeting: null, comment: null })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
  await trx.deleteFrom('plan_activity').where('plan_id', '=', planId).execute();
  if (body.activities.length > 0) {
    await trx
      .insertInto('plan_activity')
      .values(
        body.activities.map((a, position) => ({
          plan_id: planId,
          title: a.title,
          starts_on: a.startsOn,
          ends_on: a.endsOn,
          venue: a.venue,
          organisers: a.organisers,
          participants: a.participants,
          position,
        })),
      )
      .execute();
  }
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: existing ? 'update' : 'create',
    entity: 'plan',
    entityId: planId,
    before: existing ? { title: existing.title, revision: existing.revision } : null,
    after: { ...values, activities: body.activities },
  });
  return getPlan(trx, actor, planId);
}

/** Moves a plan on: submit (the state), approve with the SOC meeting or return with comments (the Secretariat). */
export async function decidePlan(
  trx: Tx,
  actor: Actor,
  id: string,
  decision:
    | { to: 'submitted' }
    | { to: 'approved'; socMeeting: string }
    | { to: 'returned'; comment: string },
): Promise<Outcome<Plan>> {
  const row = await trx
    .selectFrom('plan_document')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row || !can(planPolicy, actor, 'read', facts(row))) return NOT_FOUND(id);
  const action = decision.to === 'submitted' ? 'submit' : 'decide';
  if (!can(planPolicy, actor, action, facts(row)))
    return conflict('status', `a ${row.status} plan cannot be ${decision.to}`);
  await trx
    .updateTable('plan_document')
    .set({
      status: decision.to,
      soc_meeting: decision.to === 'approved' ? decision.socMeeting : row.soc_meeting,
      comment:
        decision.to === 'returned'
          ? decision.comment
          : decision.to === 'submitted'
            ? null
            : row.comment,
      updated_by: actor.accountId,
      updated_at: sql<string>`now()`,
    })
    .where('id', '=', id)
    .execute();
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action:
      decision.to === 'submitted' ? 'submit' : decision.to === 'approved' ? 'approve' : 'return',
    entity: 'plan',
    entityId: id,
    before: { status: row.status },
    after: {
      status: decision.to,
      ...('socMeeting' in decision ? { socMeeting: decision.socMeeting } : {}),
      ...('comment' in decision ? { comment: decision.comment } : {}),
    },
  });
  return getPlan(trx, actor, id);
}

/** The Secretariat records a coordinator or co-coordinator role after the SOC approved it. */
export async function recordCoordinator(
  trx: Tx,
  actor: Actor,
  body: {
    dimension?: string | undefined;
    area?: string | undefined;
    state: string;
    role: 'coordinator' | 'co-coordinator';
    from?: string | undefined;
    to?: string | undefined;
    socMeeting: string;
  },
) {
  if (!(await trx.selectFrom('state').select('id').where('id', '=', body.state).executeTakeFirst()))
    return invalid('state', `no state with id ${body.state}`);
  if (
    body.area &&
    !(await trx
      .selectFrom('catalogue_area')
      .select('id')
      .where('id', '=', body.area)
      .executeTakeFirst())
  )
    return invalid('area', `no area ${body.area}`);
  if (
    body.dimension &&
    !(await trx
      .selectFrom('catalogue_dimension')
      .select('id')
      .where('id', '=', body.dimension)
      .executeTakeFirst())
  ) {
    return invalid('dimension', `no dimension ${body.dimension}`);
  }
  const id = `soc:${randomUUID()}`;
  const row = {
    id,
    dimension_id: body.dimension ?? null,
    area_id: body.area ?? null,
    state_id: body.state,
    role: body.role,
    from_date: body.from ?? null,
    to_date: body.to ?? null,
    source: `SOC decision: ${body.socMeeting}`,
    soc_meeting: body.socMeeting,
  };
  await trx.insertInto('coordinator_role').values(row).execute();
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: 'create',
    entity: 'coordinator-role',
    entityId: id,
    before: null,
    after: row,
  });
  return ok({ id, state: body.state, role: body.role, socMeeting: body.socMeeting });
}

/** The annual Plan of CBMs: every activity of an approved action plan that falls in the year. */
export async function getPlanOfCbms(db: Queryable, year: number): Promise<Outcome<PlanOfCbms>> {
  const items = await db
    .selectFrom('plan_activity as a')
    .innerJoin('plan_document as p', 'p.id', 'a.plan_id')
    .select([
      'a.id',
      'a.title',
      'a.starts_on as startsOn',
      'a.ends_on as endsOn',
      'a.venue',
      'a.organisers',
      'a.participants',
      'p.id as plan',
      'p.title as planTitle',
      'p.area_id as area',
      'p.state_id as state',
    ])
    .where('p.status', '=', 'approved')
    .where('p.kind', '=', 'action-plan')
    .where('a.starts_on', '<=', `${year}-12-31`)
    .where('a.ends_on', '>=', `${year}-01-01`)
    .orderBy('a.starts_on')
    .orderBy('a.title')
    .execute();
  return ok({ year, items });
}
