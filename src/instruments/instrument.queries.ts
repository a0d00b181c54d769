import type { Queryable } from '../platform/db/database.js';
import { notFound, ok, type Outcome } from '../platform/http/route.js';
import type { InstrumentDetail, InstrumentList } from './instrument.schema.js';
import type { INSTRUMENT_KINDS } from '../packs/pack.schema.js';

type Kind = (typeof INSTRUMENT_KINDS)[number];

const summaryColumns = [
  'i.id',
  'i.kind',
  'i.title',
  'i.organization_id as organization',
  'i.adopted',
  'i.signed',
  'i.in_force as inForce',
  'i.withdrawn',
] as const;

export async function listInstruments(
  db: Queryable,
  query: {
    kind?: Kind | undefined;
    organization?: string | undefined;
    party?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<Outcome<InstrumentList>> {
  let base = db.selectFrom('instrument as i');
  if (query.kind) base = base.where('i.kind', '=', query.kind);
  if (query.organization) base = base.where('i.organization_id', '=', query.organization);
  if (query.party) {
    const party = query.party;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('instrument_party as p')
          .select('p.state_id')
          .whereRef('p.instrument_id', '=', 'i.id')
          .where('p.state_id', '=', party),
      ),
    );
  }
  const { total } = await base
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const items = await base
    .select(summaryColumns)
    .orderBy('i.sort_date')
    .orderBy('i.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return ok({
    items: items.map((i) => ({ ...i, kind: i.kind as Kind })),
    total: Number(total),
    limit: query.limit,
    offset: query.offset,
  });
}

export async function getInstrument(db: Queryable, id: string): Promise<Outcome<InstrumentDetail>> {
  const row = await db
    .selectFrom('instrument as i')
    .leftJoin('organization as o', 'o.id', 'i.organization_id')
    .leftJoin('body as b', 'b.id', 'i.body_id')
    .select([
      ...summaryColumns,
      'o.name as organizationName',
      'b.id as bodyId',
      'b.name as bodyName',
      'i.place',
      'i.source',
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!row) return notFound('id', `no instrument with id ${id}`);
  const parties = await db
    .selectFrom('instrument_party as p')
    .innerJoin('state as s', 's.id', 'p.state_id')
    .select(['s.id', 's.name'])
    .where('p.instrument_id', '=', id)
    .orderBy('s.id')
    .execute();
  const events = await db
    .selectFrom('event_instrument as ei')
    .innerJoin('event as e', 'e.id', 'ei.event_id')
    .select(['e.id', 'e.date', 'e.type', 'e.title'])
    .where('ei.instrument_id', '=', id)
    .orderBy('e.date_lo')
    .execute();
  const { bodyId, bodyName, ...rest } = row;
  return ok({
    ...rest,
    kind: rest.kind as Kind,
    body: bodyId && bodyName ? { id: bodyId, name: bodyName } : null,
    parties,
    events,
  });
}
