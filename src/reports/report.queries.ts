import type { Queryable } from '../platform/db/database.js';
import type { ReportStatus } from '../platform/db/tables.js';
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

/** The newest submitted version of a report the actor may read (each version keeps the visibility chosen at submission). */
export async function readableVersion(
  db: Queryable,
  actor: Actor,
  reportId: string,
  state: string,
  status: ReportStatus,
) {
  const versions = await db
    .selectFrom('report_version')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('version', 'desc')
    .execute();
  return versions.find((v) =>
    can(reportPolicy, actor, 'read-submitted', { state, status, visibility: v.visibility }),
  );
}
