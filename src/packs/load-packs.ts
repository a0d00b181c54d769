import type { Database } from '../platform/db/database.js';
import { saveRecord, type RecordStore, type SaveOutcome } from '../platform/audit/save-record.js';
import { stateStore, type StateRecord } from '../states/state.store.js';
import { organizationStore, type OrganizationRecord } from '../organizations/organization.store.js';
import {
  chairmanshipId,
  chairmanshipStore,
  membershipId,
  membershipStore,
  type ChairmanshipRecord,
  type MembershipRecord,
} from '../organizations/membership.store.js';
import { instrumentStore, type InstrumentRecord } from '../instruments/instrument.store.js';
import { catalogueStore, type CatalogueRecord } from '../catalogue/catalogue.store.js';
import { eventStore, type EventRecord } from '../events/event.store.js';
import { termStore } from '../library/term.store.js';
import type { LoadedPack } from './read-packs.js';
import type { Pack } from './pack.schema.js';

export type LoadSummary = Record<string, Record<SaveOutcome, number>>;

/** How many records a load created or updated, over every kind. */
export function recordsChanged(summary: LoadSummary): number {
  return Object.values(summary).reduce((n, c) => n + c.created + c.updated, 0);
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * Loads validated packs in one transaction, in dependency order (states before memberships,
 * instruments before events). Every created or changed record gets its audit entry; loading the
 * same packs twice changes nothing the second time.
 */
export async function loadPacks(db: Database, packs: readonly LoadedPack[]): Promise<LoadSummary> {
  const summary: LoadSummary = {};
  await db.transaction().execute(async (trx) => {
    const save = async <T extends { id: string }>(
      pack: Pack,
      store: RecordStore<T>,
      records: T[],
    ) => {
      const counts = (summary[store.entity] ??= { created: 0, updated: 0, unchanged: 0 });
      for (const record of records)
        counts[await saveRecord(trx, `pack:${pack.pack}`, store, record)] += 1;
    };
    for (const { pack } of packs) await save(pack, stateStore, pack.states.map(toState));
    for (const { pack } of packs)
      await save(pack, organizationStore, pack.organizations.map(toOrganization));
    for (const { pack } of packs) {
      await save(pack, membershipStore, pack.memberships.map(toMembership));
      await save(pack, chairmanshipStore, pack.chairmanships.map(toChairmanship));
      await save(pack, instrumentStore, pack.instruments.map(toInstrument));
    }
    for (const { pack } of packs) {
      await save(pack, catalogueStore, pack.catalogues.map(toCatalogue));
      await save(pack, eventStore, pack.events.map(toEvent));
      await save(pack, termStore, pack.glossary);
    }
  });
  return summary;
}

function toState(s: Pack['states'][number]): StateRecord {
  return {
    id: s.id,
    numeric: orNull(s.numeric),
    name: s.name,
    historical: s.historical ?? false,
    source: s.source,
  };
}

function toOrganization(o: Pack['organizations'][number]): OrganizationRecord {
  return {
    id: o.id,
    name: o.name,
    abbreviation: orNull(o.abbreviation),
    description: orNull(o.description),
    founded: orNull(o.founded),
    headquarters: orNull(o.headquarters),
    bodies: o.bodies.map((b) => ({
      id: b.id,
      kind: b.kind,
      name: b.name,
      description: orNull(b.description),
      established: orNull(b.established),
      source: b.source,
    })),
    source: o.source,
  };
}

function toMembership(m: Pack['memberships'][number]): MembershipRecord {
  const record = {
    organization: m.organization,
    state: orNull(m.state),
    memberOrganization: orNull(m.memberOrganization),
    status: m.status,
    from: orNull(m.from),
    to: orNull(m.to),
    source: m.source,
  };
  return { id: membershipId(record), ...record };
}

function toChairmanship(c: Pack['chairmanships'][number]): ChairmanshipRecord {
  const record = {
    organization: c.organization,
    state: c.state,
    from: c.from,
    to: orNull(c.to),
    source: c.source,
  };
  return { id: chairmanshipId(record), ...record };
}

function toInstrument(d: Pack['instruments'][number]): InstrumentRecord {
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    organization: orNull(d.organization),
    body: orNull(d.body),
    place: orNull(d.place),
    adopted: orNull(d.adopted),
    signed: orNull(d.signed),
    inForce: orNull(d.inForce),
    withdrawn: orNull(d.withdrawn),
    parties: [...new Set(d.parties)].sort(),
    source: d.source,
  };
}

function toCatalogue(c: Pack['catalogues'][number]): CatalogueRecord {
  const first = c.versions[0]!.id;
  const coordinator = (
    k: Pack['catalogues'][number]['dimensions'][number]['coordinators'][number],
  ) => ({
    state: k.state,
    role: k.role,
    from: orNull(k.from),
    to: orNull(k.to),
    source: k.source,
  });
  return {
    id: c.organization,
    versions: c.versions.map((v) => ({
      id: v.id,
      title: v.title,
      adopted: v.adopted,
      instrument: orNull(v.instrument),
      source: v.source,
    })),
    dimensions: c.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      coordinators: d.coordinators.map(coordinator),
      areas: d.areas.map((a) => ({
        id: a.id,
        name: a.name,
        since: a.since ?? first,
        coordinators: a.coordinators.map(coordinator),
        measures: a.measures.map((m) => ({
          id: m.id,
          text: m.text,
          since: m.since ?? a.since ?? first,
        })),
      })),
    })),
  };
}

function toEvent(e: Pack['events'][number]): EventRecord {
  return {
    id: e.id,
    date: e.date,
    type: e.type,
    title: e.title,
    place: orNull(e.place),
    actors: [...new Set(e.actors)],
    instruments: [...new Set(e.instruments)].sort(),
    source: e.source,
  };
}
