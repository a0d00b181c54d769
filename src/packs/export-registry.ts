import type { Database } from '../platform/db/database.js';
import type { CsvRow } from '../platform/csv.js';
import type { RecordStore } from '../platform/audit/save-record.js';
import { stateStore } from '../states/state.store.js';
import { organizationStore } from '../organizations/organization.store.js';
import { chairmanshipStore, membershipStore } from '../organizations/membership.store.js';
import { instrumentStore } from '../instruments/instrument.store.js';
import { catalogueStore } from '../catalogue/catalogue.store.js';
import { termStore } from '../library/term.store.js';
import { eventStore } from '../events/event.store.js';

/**
 * The whole registry in the data-pack format, so an export can be validated and loaded again.
 * Absent facts are left out, as a pack writer would leave them out.
 */
export async function exportRegistry(db: Database) {
  return db.transaction().execute(async (trx) => {
    const all = async <T extends { id: string }>(
      store: RecordStore<T>,
      table:
        | 'state'
        | 'organization'
        | 'membership'
        | 'chairmanship'
        | 'instrument'
        | 'event'
        | 'library_term',
    ) => {
      const ids = await trx.selectFrom(table).select('id').orderBy('id').execute();
      const records: T[] = [];
      for (const { id } of ids) records.push((await store.read(trx, id))!);
      return records;
    };
    const catalogueOwners = await trx
      .selectFrom('catalogue_version')
      .select('organization_id')
      .distinct()
      .orderBy('organization_id')
      .execute();
    const catalogues = [];
    for (const { organization_id } of catalogueOwners) {
      const { id, ...catalogue } = (await catalogueStore.read(trx, organization_id))!;
      catalogues.push({ organization: id, ...catalogue });
    }
    const withoutIds = <T extends { id: string }>(records: T[]) =>
      records.map(({ id: _id, ...r }) => r);
    return dropNulls({
      pack: 'senim-export',
      description: `Export of the Senim registry, ${new Date().toISOString()}`,
      states: await all(stateStore, 'state'),
      organizations: await all(organizationStore, 'organization'),
      memberships: withoutIds(await all(membershipStore, 'membership')),
      chairmanships: withoutIds(await all(chairmanshipStore, 'chairmanship')),
      instruments: await all(instrumentStore, 'instrument'),
      catalogues,
      events: await all(eventStore, 'event'),
      glossary: await all(termStore, 'library_term'),
    });
  });
}
export type RegistryExport = Awaited<ReturnType<typeof exportRegistry>>;

function dropNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropNulls) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, dropNulls(v)]),
    ) as T;
  }
  return value;
}

/** The flat tables of the CSV export, one row per fact. */
export const CSV_TABLES = [
  'states',
  'organizations',
  'bodies',
  'memberships',
  'chairmanships',
  'instruments',
  'measures',
  'events',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export function registryTable(data: RegistryExport, table: CsvTable): CsvRow[] {
  const names = (prefix: string, t?: { kk: string; ru: string; en: string }) =>
    t ? { [`${prefix}_kk`]: t.kk, [`${prefix}_ru`]: t.ru, [`${prefix}_en`]: t.en } : {};
  switch (table) {
    case 'states':
      return data.states.map((s) => ({
        id: s.id,
        numeric: s.numeric ?? undefined,
        ...names('name', s.name),
        historical: s.historical,
        source: s.source,
      }));
    case 'organizations':
      return data.organizations.map((o) => ({
        id: o.id,
        ...names('name', o.name),
        founded: o.founded ?? undefined,
        source: o.source,
      }));
    case 'bodies':
      return data.organizations.flatMap((o) =>
        o.bodies.map((b) => ({
          id: b.id,
          organization: o.id,
          kind: b.kind,
          ...names('name', b.name),
          source: b.source,
        })),
      );
    case 'memberships':
      return data.memberships.map((m) => ({
        organization: m.organization,
        state: m.state ?? undefined,
        member_organization: m.memberOrganization ?? undefined,
        status: m.status,
        from: m.from ?? undefined,
        to: m.to ?? undefined,
        source: m.source,
      }));
    case 'chairmanships':
      return data.chairmanships.map((c) => ({
        organization: c.organization,
        state: c.state,
        from: c.from,
        to: c.to ?? undefined,
        source: c.source,
      }));
    case 'instruments':
      return data.instruments.map((i) => ({
        id: i.id,
        kind: i.kind,
        ...names('title', i.title),
        organization: i.organization ?? undefined,
        adopted: i.adopted ?? undefined,
        signed: i.signed ?? undefined,
        in_force: i.inForce ?? undefined,
        withdrawn: i.withdrawn ?? undefined,
        parties: i.parties.join(' '),
        source: i.source,
      }));
    case 'measures':
      return data.catalogues.flatMap((c) =>
        c.dimensions.flatMap((d) =>
          d.areas.flatMap((a) =>
            a.measures.map((m) => ({
              organization: c.organization,
              dimension: d.id,
              area: a.id,
              id: m.id,
              ...names('text', m.text),
              since: m.since,
              coordinators: a.coordinators.map((k) => `${k.state}:${k.role}`).join(' '),
            })),
          ),
        ),
      );
    case 'events':
      return data.events.map((e) => ({
        id: e.id,
        date: e.date,
        type: e.type,
        ...names('title', e.title),
        actors: e.actors.join(' '),
        instruments: e.instruments.join(' '),
        source: e.source,
      }));
  }
}
