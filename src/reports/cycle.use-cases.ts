import type { Queryable, Tx } from '../platform/db/database.js';
import { toJson } from '../platform/db/json.js';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import type { Actor } from '../platform/auth/actor.js';
import { abilities } from '../platform/auth/policy.js';
import { invalid, notFound, ok, type Outcome } from '../platform/http/route.js';
import { reportPolicy } from './report.policy.js';
import type { Cycle, CycleBody, CycleReports } from './report.schema.js';
import { cycleColumns, findCycle, newestReadableVersions, toCycle } from './report.queries.js';

export async function listCycles(db: Queryable, actor: Actor) {
  const rows = await db
    .selectFrom('reporting_cycle')
    .select(cycleColumns)
    .orderBy('year', 'desc')
    .orderBy('id')
    .execute();
  return ok({
    items: rows.map(toCycle),
    total: rows.length,
    abilities: abilities(reportPolicy, actor, undefined),
  });
}

/** The Secretariat opens a reporting cycle: a year, an opening date, a deadline and the dimensions in scope. */
export async function createCycle(trx: Tx, actor: Actor, body: CycleBody): Promise<Outcome<Cycle>> {
  if (
    await trx
      .selectFrom('reporting_cycle')
      .select('id')
      .where('id', '=', body.id)
      .executeTakeFirst()
  ) {
    return invalid('id', `a cycle ${body.id} exists`);
  }
  if (
    !(await trx
      .selectFrom('organization')
      .select('id')
      .where('id', '=', body.organization)
      .executeTakeFirst())
  ) {
    return invalid('organization', `no organization with id ${body.organization}`);
  }
  const known = await trx
    .selectFrom('catalogue_dimension')
    .select('id')
    .where('organization_id', '=', body.organization)
    .execute();
  const unknown = body.dimensions.filter((d) => !known.some((k) => k.id === d));
  if (unknown.length > 0)
    return invalid('dimensions', `not dimensions of ${body.organization}: ${unknown.join(', ')}`);
  const row = {
    id: body.id,
    organization_id: body.organization,
    year: body.year,
    title: toJson(body.title),
    opens_on: body.opensOn,
    deadline: body.deadline,
    dimension_ids: body.dimensions,
    created_by: actor.accountId,
  };
  await trx.insertInto('reporting_cycle').values(row).execute();
  const cycle = toCycle({ ...row, title: body.title });
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: 'create',
    entity: 'reporting-cycle',
    entityId: cycle.id,
    before: null,
    after: cycle,
  });
  return ok(cycle);
}

/**
 * Every member state of the cycle's organisation with its report's state, as far as the caller may
 * see: the Secretariat sees who has not reported; a state sees its own draft; others see what was
 * published to them.
 */
export async function getCycleReports(
  db: Queryable,
  actor: Actor,
  cycleId: string,
): Promise<Outcome<CycleReports>> {
  const cycle = await findCycle(db, cycleId);
  if (!cycle) return notFound('id', `no reporting cycle ${cycleId}`);
  const members = await db
    .selectFrom('membership')
    .select('state_id')
    .distinct()
    .where('organization_id', '=', cycle.organization)
    .where('status', '=', 'member')
    .where('state_id', 'is not', null)
    .where((eb) => eb.or([eb('from_lo', 'is', null), eb('from_lo', '<=', cycle.deadline)]))
    .where((eb) => eb.or([eb('to_hi', 'is', null), eb('to_hi', '>=', cycle.opensOn)]))
    .orderBy('state_id')
    .execute();
  const reports = await db
    .selectFrom('report')
    .selectAll()
    .where('cycle_id', '=', cycleId)
    .execute();
  const versions = await newestReadableVersions(db, actor, reports);
  const items: CycleReports['items'] = [];
  for (const { state_id } of members) {
    const state = state_id!;
    const report = reports.find((r) => r.state_id === state);
    const facts = {
      state,
      status: report?.status ?? 'draft',
      visibility: report?.visibility ?? 'secretariat',
    } as const;
    const seesDrafts = reportPolicy['read-draft'](actor, facts);
    const version = report ? versions.get(report.id) : undefined;
    if (version) {
      // Whether a report was returned is between the state and the Secretariat.
      const status = seesDrafts
        ? report!.status
        : report!.status === 'accepted'
          ? 'accepted'
          : 'submitted';
      items.push({
        id: report!.id,
        state,
        status,
        version: version.version,
        submittedAt: version.submitted_at,
        onBehalf: version.on_behalf,
      });
    } else if (seesDrafts) {
      items.push({
        id: report?.id ?? null,
        state,
        status: report ? report.status : 'missing',
        version: null,
        submittedAt: null,
        onBehalf: false,
      });
    }
  }
  return ok({
    cycle,
    items,
    total: items.length,
    abilities: abilities(reportPolicy, actor, undefined),
  });
}
