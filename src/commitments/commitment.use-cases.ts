import { sql } from 'kysely';
import type { Queryable, Tx } from '../platform/db/database.js';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import type { Actor } from '../platform/auth/actor.js';
import { abilities, can } from '../platform/auth/policy.js';
import { conflict, invalid, notFound, ok, type Outcome } from '../platform/http/route.js';
import { commitmentPolicy } from './commitment.policy.js';
import type { Commitment } from './commitment.schema.js';

export async function listCommitments(
  db: Queryable,
  actor: Actor,
  filter: { state?: string | undefined; year?: number | undefined },
) {
  let query = db.selectFrom('commitment').select(['state_id', 'year', 'measure_id', 'declared_at']);
  if (filter.state) query = query.where('state_id', '=', filter.state);
  if (filter.year) query = query.where('year', '=', filter.year);
  const rows = await query
    .orderBy('year', 'desc')
    .orderBy('state_id')
    .orderBy('measure_id')
    .execute();
  const grouped = new Map<string, Commitment>();
  for (const r of rows) {
    const key = `${r.state_id}:${r.year}`;
    const c = grouped.get(key) ?? {
      state: r.state_id,
      year: r.year,
      measures: [],
      declaredAt: r.declared_at,
    };
    c.measures.push(r.measure_id);
    if (c.declaredAt === null || r.declared_at > c.declaredAt) c.declaredAt = r.declared_at;
    grouped.set(key, c);
  }
  const items = [...grouped.values()];
  return ok({
    items,
    total: items.length,
    abilities: abilities(commitmentPolicy, actor, undefined),
  });
}

/** A state declares the measures it implements in a year; the new list replaces the old, audited. */
export async function declareCommitments(
  trx: Tx,
  actor: Actor,
  state: string,
  year: number,
  measures: string[],
  basedOn: string | null,
): Promise<Outcome<Commitment>> {
  if (!can(commitmentPolicy, actor, 'declare', { state }))
    return notFound('state', `no commitments of ${state} to change`);
  if (!(await trx.selectFrom('state').select('id').where('id', '=', state).executeTakeFirst()))
    return notFound('state', `no state with id ${state}`);
  const unique = [...new Set(measures)].sort();
  if (unique.length > 0) {
    const known = await trx
      .selectFrom('catalogue_measure')
      .select('id')
      .where('id', 'in', unique)
      .execute();
    const index = measures.findIndex((m) => !known.some((k) => k.id === m));
    if (index >= 0)
      return invalid(`measures.${index}`, `no measure ${measures[index]} in the catalogue`);
  }
  // Serialise declarations of one state and year, then refuse one made on an outdated list.
  await sql`select pg_advisory_xact_lock(hashtext(${`commitment:${state}:${year}`}))`.execute(trx);
  const currentAt = await declaredAt(trx, state, year);
  if (currentAt !== basedOn) {
    return conflict(
      'basedOn',
      `the list was changed since you opened it (at ${currentAt ?? 'never'}); reload to see it`,
    );
  }
  const before = (
    await trx
      .selectFrom('commitment')
      .select('measure_id')
      .where('state_id', '=', state)
      .where('year', '=', year)
      .orderBy('measure_id')
      .execute()
  ).map((r) => r.measure_id);
  await trx
    .deleteFrom('commitment')
    .where('state_id', '=', state)
    .where('year', '=', year)
    .execute();
  if (unique.length > 0) {
    await trx
      .insertInto('commitment')
      .values(
        unique.map((measure_id) => ({
          state_id: state,
          year,
          measure_id,
          declared_by: actor.accountId,
        })),
      )
      .execute();
  }
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: before.length === 0 ? 'create' : 'update',
    entity: 'commitment',
    entityId: `${state}:${year}`,
    before: before.length === 0 ? null : { measures: before },
    after: { measures: unique },
  });
  return ok({ state, year, measures: unique, declaredAt: await declaredAt(trx, state, year) });
}

async function declaredAt(db: Queryable, state: string, year: number): Promise<string | null> {
  const row = await db
    .selectFrom('commitment')
    .select((eb) => eb.fn.max('declared_at').as('at'))
    .where('state_id', '=', state)
    .where('year', '=', year)
    .executeTakeFirst();
  return (row?.at as string | null | undefined) ?? null;
}
