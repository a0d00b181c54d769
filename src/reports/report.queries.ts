import type { Queryable } from '../platform/db/database.js';
import type { Selectable } from 'kysely';
import type { ReportStatus, ReportVersionRow } from '../platform/db/tables.js';
import type { Actor } from '../platform/auth/actor.js';
import { can } from '../platform/auth/policy.js';
import { reportPolicy } from './report.policy.js';
import type { Cycle } from './report.schema.js';

// Reads shared by the cycle and report use cases.

export const cycleColumns = [
  'id',
  'organization_id',
  'year',
  'title',
  'opens_on',
  'deadline',
  'dimension_ids',
] as const;

type CycleRow = {
  id: string;
  organization_id: string;
  year: number;
  title: Cycle['title'];
  opens_on: string;
  deadline: string;
  dimension_ids: string[];
};
export const toCycle = (r: CycleRow): Cycle => ({
  id: r.id,
  organization: r.organization_id,
  year: r.year,
  title: r.title,
  opensOn: r.opens_on,
  deadline: r.deadline,
  dimensions: r.dimension_ids,
});

export async function findCycle(db: Queryable, id: string): Promise<Cycle | undefined> {
  const row = await db
    .selectFrom('reporting_cycle')
    .select(cycleColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toCycle(row) : undefined;
}

type ReportFactsRow = { id: string; state_id: string; status: ReportStatus };

/**
 * For each report, the newest submitted version the actor may read (each version keeps the
 * visibility chosen at submission), in one query for all of them.
 */
export async function newestReadableVersions(
  db: Queryable,
  actor: Actor,
  reports: readonly ReportFactsRow[],
) {
  const newest = new Map<string, Selectable<ReportVersionRow>>();
  if (reports.length === 0) return newest;
  const versions = await db
    .selectFrom('report_version')
    .selectAll()
    .where(
      'report_id',
      'in',
      reports.map((r) => r.id),
    )
    .orderBy('version', 'desc')
    .execute();
  for (const r of reports) {
    const facts = { state: r.state_id, status: r.status };
    const version = versions.find(
      (v) =>
        v.report_id === r.id &&
        can(reportPolicy, actor, 'read-submitted', { ...facts, visibility: v.visibility }),
    );
    if (version) newest.set(r.id, version);
  }
  return newest;
}
