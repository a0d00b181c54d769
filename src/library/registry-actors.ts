import { sql } from 'kysely';
import type { Queryable } from '../platform/db/database.js';

/** What the registry knows an actor id as. */
export type ActorKind = 'state' | 'organization' | 'body';

/**
 * Which of these ids the registry knows, and as what: a state, an organisation or a body (the
 * engine's entity matcher calls all organisations and bodies organisations; the registry tells
 * them apart, and a link to a body is a link to a body).
 */
export async function actorKinds(
  trx: Queryable,
  ids: readonly string[],
): Promise<Map<string, ActorKind>> {
  if (ids.length === 0) return new Map();
  const rows = await trx
    .selectFrom('state')
    .select(['id', sql<ActorKind>`'state'`.as('kind')])
    .where('id', 'in', ids)
    .union(
      trx
        .selectFrom('organization')
        .select(['id', sql<ActorKind>`'organization'`.as('kind')])
        .where('id', 'in', ids),
    )
    .union(
      trx
        .selectFrom('body')
        .select(['id', sql<ActorKind>`'body'`.as('kind')])
        .where('id', 'in', ids),
    )
    .execute();
  return new Map(rows.map((r) => [r.id, r.kind]));
}

/** Which of these ids the registry knows as a state, organisation or body. */
export async function knownActors(trx: Queryable, ids: readonly string[]): Promise<Set<string>> {
  return new Set((await actorKinds(trx, ids)).keys());
}
