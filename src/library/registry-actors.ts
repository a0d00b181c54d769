import type { Queryable } from '../platform/db/database.js';

/** Which of these ids the registry knows as a state, organisation or body. */
export async function knownActors(trx: Queryable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx
    .selectFrom('state')
    .select('id')
    .where('id', 'in', ids)
    .union(trx.selectFrom('organization').select('id').where('id', 'in', ids))
    .union(trx.selectFrom('body').select('id').where('id', 'in', ids))
    .execute();
  return new Set(rows.map((r) => r.id));
}
