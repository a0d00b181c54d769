import { sql } from 'kysely';
import type { Queryable } from '../platform/db/database.js';
import { invalid, ok, type Outcome } from '../platform/http/route.js';
import { parsePartialDate } from '../platform/partial-date.js';
import type { ActorList, EventItem, EventList, EventListQuery } from './event.schema.js';

/**
 * The timeline. A partial date covers a span ("2007-03" is all of March), so an event belongs to a
 * period when its span overlaps the period's span.
 */
export async function listEvents(
  db: Queryable,
  query: EventListQuery,
): Promise<Outcome<EventList>> {
  const from = query.from ? parsePartialDate(query.from)! : undefined;
  const to = query.to ? parsePartialDate(query.to)! : undefined;
  if (from && to && to.hi < from.lo)
    return invalid('to', `to (${query.to}) is before from (${query.from})`);
  if (query.actor && !(await actorExists(db, query.actor)))
    return invalid('actor', `no state, organization or body with id ${query.actor}`);

  let base = db.selectFrom('event as e');
  if (from) base = base.where('e.date_hi', '>=', from.lo);
  if (to) base = base.where('e.date_lo', '<=', to.hi);
  if (query.type) base = base.where('e.type', '=', query.type);
  if (query.actor) {
    const actor = query.actor;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_actor as a')
          .select('a.actor_id')
          .whereRef('a.event_id', '=', 'e.id')
          // An organisation acts through its bodies too: CICA includes the CICA Summit.
          .where((w) =>
            w.or([
              w('a.actor_id', '=', actor),
              w(
                'a.actor_id',
                'in',
                w.selectFrom('body').select('id').where('organization_id', '=', actor),
              ),
            ]),
          ),
      ),
    );
  }
  const { total } = await base
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'e.id',
      'e.date',
      'e.type',
      'e.title',
      'e.place',
      'e.source',
      sql<
        string[]
      >`array(select actor_id from event_actor where event_id = e.id order by position)`.as(
        'actors',
      ),
      sql<
        string[]
      >`array(select instrument_id from event_instrument where event_id = e.id order by instrument_id)`.as(
        'instruments',
      ),
    ])
    .orderBy('e.date_lo')
    .orderBy('e.date_hi')
    .orderBy('e.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const items: EventItem[] = rows.map((r) => ({
    ...r,
    type: r.type as EventItem['type'],
    precision: parsePartialDate(r.date)!.precision,
  }));
  return ok({ items, total: Number(total), limit: query.limit, offset: query.offset });
}

async function actorExists(db: Queryable, id: string): Promise<boolean> {
  const found = await db
    .selectFrom('state')
    .select('id')
    .where('id', '=', id)
    .union(db.selectFrom('organization').select('id').where('id', '=', id))
    .union(db.selectFrom('body').select('id').where('id', '=', id))
    .executeTakeFirst();
  return found !== undefined;
}

type Kind = 'state' | 'organization' | 'body';

/** Every state, organisation and body with its name: what the timeline's actor ids refer to. */
export async function listActors(db: Queryable): Promise<Outcome<ActorList>> {
  const rows = await db
    .selectFrom('state')
    .select([
      'id',
      sql<Kind>`'state'`.as('kind'),
      'name',
      sql<string | null>`null`.as('organization'),
    ])
    .unionAll(
      db
        .selectFrom('organization')
        .select([
          'id',
          sql<Kind>`'organization'`.as('kind'),
          'name',
          sql<string | null>`null`.as('organization'),
        ]),
    )
    .unionAll(
      db
        .selectFrom('body')
        .select([
          'id',
          sql<Kind>`'body'`.as('kind'),
          'name',
          sql<string | null>`organization_id`.as('organization'),
        ]),
    )
    .orderBy('kind')
    .orderBy('id')
    .execute();
  return ok({ items: rows, total: rows.length });
}
