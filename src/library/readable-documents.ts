import type { Actor } from '../platform/auth/actor.js';
import type { Queryable } from '../platform/db/database.js';
import { visibleTo } from './library.policy.js';

/**
 * The documents an actor may read, as a query to narrow further: the policy's visibilities in SQL,
 * plus what the actor filed. The list and the search both start here.
 */
export function readableDocuments(trx: Queryable, actor: Actor) {
  const visible = visibleTo(actor);
  return trx
    .selectFrom('library_document')
    .where((eb) =>
      actor.accountId === null
        ? eb('visibility', 'in', visible)
        : eb.or([eb('visibility', 'in', visible), eb('added_by', '=', actor.accountId)]),
    );
}
