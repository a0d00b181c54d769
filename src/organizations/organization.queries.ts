import { sql } from 'kysely';
import type { Queryable } from '../platform/db/database.js';
import { notFound, ok, type Outcome } from '../platform/http/route.js';
import { todayIso } from '../platform/partial-date.js';
import type { MemberList, OrganizationDetail, OrganizationList } from './organization.schema.js';

export async function listOrganizations(
  db: Queryable,
  query: { limit: number; offset: number },
): Promise<Outcome<OrganizationList>> {
  const { total } = await db
    .selectFrom('organization')
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  // CICA first: it is the organisation Senim is built around; the rest by English name.
  const items = await db
    .selectFrom('organization')
    .select(['id', 'name', 'abbreviation', 'description'])
    .orderBy(sql`id = 'CICA'`, 'desc')
    .orderBy(sql`name->>'en'`)
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return ok({ items, total: Number(total), limit: query.limit, offset: query.offset });
}

/** Memberships in force on `day`: started on or before it (by the earliest day a partial date may mean) and not yet ended. */
// A membership whose start is unknown is taken to run from the organisation's founding, if known.
const inForceOn = (day: string) =>
  sql<boolean>`coalesce(m.from_lo, (select senim_date_lo(founded) from organization where id = m.organization_id), '-infinity'::date) <= ${day}::date
    and (m.to_hi is null or m.to_hi >= ${day}::date)`;

export async function getOrganization(
  db: Queryable,
  id: string,
  today = todayIso(),
): Promise<Outcome<OrganizationDetail>> {
  const org = await db
    .selectFrom('organization')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!org) return notFound('id', `no organization with id ${id}`);
  const bodies = await db
    .selectFrom('body')
    .select(['id', 'kind', 'name', 'description', 'established'])
    .where('organization_id', '=', id)
    .orderBy('position')
    .execute();
  const chairmanships = await db
    .selectFrom('chairmanship as c')
    .innerJoin('state as s', 's.id', 'c.state_id')
    .select(['s.id as state', 's.name', 'c.from_date as from', 'c.to_date as to', 'c.source'])
    .where('c.organization_id', '=', id)
    .orderBy('c.from_date')
    .execute();
  const counts = await db
    .selectFrom('membership as m')
    .select(['m.status', (eb) => eb.fn.count<string>('m.state_id').distinct().as('n')])
    .where('m.organization_id', '=', id)
    .where('m.state_id', 'is not', null)
    .where(inForceOn(today))
    .groupBy('m.status')
    .execute();
  const count = (status: string) => Number(counts.find((c) => c.status === status)?.n ?? 0);
  const catalogue = await db
    .selectFrom('catalogue_version')
    .select('id')
    .where('organization_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return ok({
    id: org.id,
    name: org.name,
    abbreviation: org.abbreviation,
    description: org.description,
    founded: org.founded,
    headquarters: org.headquarters,
    source: org.source,
    bodies,
    chairmanships,
    counts: { member: count('member'), observer: count('observer'), partner: count('partner') },
    hasCatalogue: catalogue !== undefined,
  });
}

/**
 * The memberships of an organisation in force on a day, of states or of organisations.
 * Its SQL is pinned by a test (organization.queries.test.ts): it answers the registry's key question.
 */
export function membershipsInForce(
  db: Queryable,
  organizationId: string,
  at: string,
  kind: 'state' | 'organization',
  status?: 'member' | 'observer' | 'partner',
) {
  let query = db
    .selectFrom('membership as m')
    .leftJoin('state as s', 's.id', 'm.state_id')
    .leftJoin('organization as o', 'o.id', 'm.member_organization_id')
    .where('m.organization_id', '=', organizationId)
    .where(kind === 'state' ? 'm.state_id' : 'm.member_organization_id', 'is not', null)
    .where(inForceOn(at));
  if (status) query = query.where('m.status', '=', status);
  return query;
}

export interface MembersQuery {
  at?: string | undefined;
  status?: 'member' | 'observer' | 'partner' | undefined;
  kind?: 'state' | 'organization' | undefined;
  limit: number;
  offset: number;
}

/** Who belonged to the organisation on a given day (today by default), in each status. */
export async function listMembers(
  db: Queryable,
  organizationId: string,
  query: MembersQuery,
): Promise<Outcome<MemberList>> {
  const org = await db
    .selectFrom('organization')
    .select(['id', 'name'])
    .where('id', '=', organizationId)
    .executeTakeFirst();
  if (!org) return notFound('id', `no organization with id ${organizationId}`);
  const at = query.at ?? todayIso();
  const base = membershipsInForce(db, organizationId, at, query.kind ?? 'state', query.status);
  const { total } = await base
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'm.id',
      'm.state_id',
      'm.member_organization_id',
      sql<{ kk: string; ru: string; en: string }>`coalesce(s.name, o.name)`.as('name'),
      's.numeric',
      'm.status',
      'm.from_date',
      'm.to_date',
      'm.source',
    ])
    .orderBy(sql`case m.status when 'member' then 0 when 'observer' then 1 else 2 end`)
    .orderBy(sql`coalesce(s.name, o.name)->>'en'`)
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return ok({
    organization: { id: org.id, name: org.name },
    at,
    items: rows.map((r) => ({
      id: r.id,
      state: r.state_id,
      organization: r.member_organization_id,
      name: r.name,
      numeric: r.numeric,
      status: r.status,
      from: r.from_date,
      to: r.to_date,
      source: r.source,
    })),
    total: Number(total),
    limit: query.limit,
    offset: query.offset,
  });
}
