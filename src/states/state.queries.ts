import { sql } from 'kysely';
import type { Queryable } from '../platform/db/database.js';
import { notFound, ok, type Outcome } from '../platform/http/route.js';
import type { StateList, StateProfile } from './state.schema.js';

export async function listStates(
  db: Queryable,
  query: { q?: string | undefined; limit: number; offset: number },
): Promise<Outcome<StateList>> {
  let base = db.selectFrom('state');
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
    base = base.where((eb) =>
      eb.or([
        eb('id', 'ilike', pattern),
        eb(
          sql<string>`name->>'kk' || ' ' || (name->>'ru') || ' ' || (name->>'en')`,
          'ilike',
          pattern,
        ),
      ]),
    );
  }
  const { total } = await base
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const items = await base
    .select(['id', 'name', 'numeric', 'historical'])
    .orderBy(sql`name->>'en'`)
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return ok({ items, total: Number(total), limit: query.limit, offset: query.offset });
}

/** Everything the record says about one state: memberships, chairs, coordinator roles, instruments, events. */
export async function getStateProfile(db: Queryable, id: string): Promise<Outcome<StateProfile>> {
  const state = await db.selectFrom('state').selectAll().where('id', '=', id).executeTakeFirst();
  if (!state) return notFound('id', `no state with id ${id}`);

  const memberships = await db
    .selectFrom('membership as m')
    .innerJoin('organization as o', 'o.id', 'm.organization_id')
    .select([
      'o.id as orgId',
      'o.name as orgName',
      'm.status',
      'm.from_date',
      'm.to_date',
      'm.source',
    ])
    .where('m.state_id', '=', id)
    .orderBy('m.from_lo', 'asc')
    .orderBy('o.id')
    .execute();

  const chairmanships = await db
    .selectFrom('chairmanship as c')
    .innerJoin('organization as o', 'o.id', 'c.organization_id')
    .select(['o.id as orgId', 'o.name as orgName', 'c.from_date', 'c.to_date', 'c.source'])
    .where('c.state_id', '=', id)
    .orderBy('c.from_date')
    .execute();

  const roles = await db
    .selectFrom('coordinator_role as r')
    .leftJoin('catalogue_area as a', 'a.id', 'r.area_id')
    .innerJoin('catalogue_dimension as d', (join) =>
      join.on((eb) => eb('d.id', '=', eb.fn.coalesce('r.dimension_id', 'a.dimension_id'))),
    )
    .select([
      'd.organization_id',
      'd.id as dimId',
      'd.name as dimName',
      'a.id as areaId',
      'a.name as areaName',
      'r.role',
      'r.from_date',
      'r.to_date',
      'r.source',
    ])
    .where('r.state_id', '=', id)
    .orderBy('d.position')
    .orderBy('a.position')
    .execute();

  const instruments = await db
    .selectFrom('instrument_party as p')
    .innerJoin('instrument as i', 'i.id', 'p.instrument_id')
    .select([
      'i.id',
      'i.kind',
      'i.title',
      sql<string | null>`coalesce(i.adopted, i.signed, i.in_force)`.as('date'),
    ])
    .where('p.state_id', '=', id)
    .orderBy('i.sort_date')
    .execute();

  const events = await db
    .selectFrom('event_actor as a')
    .innerJoin('event as e', 'e.id', 'a.event_id')
    .select(['e.id', 'e.date', 'e.type', 'e.title'])
    .where('a.actor_id', '=', id)
    .orderBy('e.date_lo')
    .orderBy('e.id')
    .execute();

  return ok({
    id: state.id,
    name: state.name,
    numeric: state.numeric,
    historical: state.historical,
    source: state.source,
    memberships: memberships.map((m) => ({
      organization: { id: m.orgId, name: m.orgName },
      status: m.status,
      from: m.from_date,
      to: m.to_date,
      source: m.source,
    })),
    chairmanships: chairmanships.map((c) => ({
      organization: { id: c.orgId, name: c.orgName },
      from: c.from_date,
      to: c.to_date,
      source: c.source,
    })),
    coordinatorRoles: roles.map((r) => ({
      organization: r.organization_id,
      dimension: { id: r.dimId, name: r.dimName },
      area: r.areaId && r.areaName ? { id: r.areaId, name: r.areaName } : null,
      role: r.role,
      from: r.from_date,
      to: r.to_date,
      source: r.source,
    })),
    instruments,
    events,
  });
}
