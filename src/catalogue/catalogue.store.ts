import { upsertById } from '../platform/db/upsert.js';
import type { RecordStore } from '../platform/audit/save-record.js';
import { toJson } from '../platform/db/json.js';
import type { Tx } from '../platform/db/database.js';
import type { LocalizedText } from '../platform/localized-text.js';

export interface CoordinatorRecord {
  state: string;
  role: 'coordinator' | 'co-coordinator';
  from: string | null;
  to: string | null;
  source: string;
}

export interface CatalogueRecord {
  /** The organisation whose catalogue it is: one catalogue per organisation, in versions. */
  id: string;
  versions: {
    id: string;
    title: LocalizedText;
    adopted: string;
    instrument: string | null;
    source: string;
  }[];
  dimensions: {
    id: string;
    name: LocalizedText;
    coordinators: CoordinatorRecord[];
    areas: {
      id: string;
      name: LocalizedText;
      since: string;
      coordinators: CoordinatorRecord[];
      measures: { id: string; text: LocalizedText; since: string }[];
    }[];
  }[];
}

type Scope = { dimension_id: string } | { area_id: string };

async function readCoordinators(
  trx: Tx,
  column: 'dimension_id' | 'area_id',
  id: string,
): Promise<CoordinatorRecord[]> {
  return (
    trx
      .selectFrom('coordinator_role')
      .select(['state_id as state', 'role', 'from_date as from', 'to_date as to', 'source'])
      .where(column, '=', id)
      // Roles the Secretariat recorded after an SOC decision are not part of the reference pack.
      .where('soc_meeting', 'is', null)
      .orderBy('id')
      .execute()
  );
}

async function writeCoordinators(trx: Tx, scope: Scope, list: CoordinatorRecord[]): Promise<void> {
  const [column, id] =
    'dimension_id' in scope
      ? (['dimension_id', scope.dimension_id] as const)
      : (['area_id', scope.area_id] as const);
  await trx
    .deleteFrom('coordinator_role')
    .where(column, '=', id)
    .where('soc_meeting', 'is', null)
    .execute();
  if (list.length === 0) return;
  await trx
    .insertInto('coordinator_role')
    .values(
      list.map((c, i) => ({
        // Zero-padded so that ordering by id keeps the order of the pack.
        id: `${id}:${String(i).padStart(3, '0')}`,
        dimension_id: null,
        area_id: null,
        ...scope,
        state_id: c.state,
        role: c.role,
        from_date: c.from,
        to_date: c.to,
        source: c.source,
      })),
    )
    .execute();
}

export const catalogueStore: RecordStore<CatalogueRecord> = {
  entity: 'catalogue',
  async read(trx, organizationId) {
    const versions = await trx
      .selectFrom('catalogue_version')
      .select(['id', 'title', 'adopted', 'instrument_id as instrument', 'source'])
      .where('organization_id', '=', organizationId)
      .orderBy('position')
      .execute();
    if (versions.length === 0) return undefined;
    const dimensions: CatalogueRecord['dimensions'] = [];
    const dimRows = await trx
      .selectFrom('catalogue_dimension')
      .select(['id', 'name'])
      .where('organization_id', '=', organizationId)
      .orderBy('position')
      .execute();
    for (const d of dimRows) {
      const areas: CatalogueRecord['dimensions'][number]['areas'] = [];
      const areaRows = await trx
        .selectFrom('catalogue_area')
        .select(['id', 'name', 'since_version_id as since'])
        .where('dimension_id', '=', d.id)
        .orderBy('position')
        .execute();
      for (const a of areaRows) {
        const measures = await trx
          .selectFrom('catalogue_measure')
          .select(['id', 'text', 'since_version_id as since'])
          .where('area_id', '=', a.id)
          .orderBy('position')
          .execute();
        areas.push({ ...a, coordinators: await readCoordinators(trx, 'area_id', a.id), measures });
      }
      dimensions.push({
        ...d,
        coordinators: await readCoordinators(trx, 'dimension_id', d.id),
        areas,
      });
    }
    return { id: organizationId, versions, dimensions };
  },
  async write(trx, r) {
    for (const [position, v] of r.versions.entries()) {
      const row = {
        id: v.id,
        organization_id: r.id,
        title: toJson(v.title),
        adopted: v.adopted,
        instrument_id: v.instrument,
        position,
        source: v.source,
      };
      await upsertById(trx, 'catalogue_version', row);
    }
    for (const [dPos, d] of r.dimensions.entries()) {
      const dRow = { id: d.id, organization_id: r.id, name: toJson(d.name), position: dPos };
      await upsertById(trx, 'catalogue_dimension', dRow);
      await writeCoordinators(trx, { dimension_id: d.id }, d.coordinators);
      for (const [aPos, a] of d.areas.entries()) {
        const aRow = {
          id: a.id,
          dimension_id: d.id,
          name: toJson(a.name),
          since_version_id: a.since,
          position: aPos,
        };
        await upsertById(trx, 'catalogue_area', aRow);
        await writeCoordinators(trx, { area_id: a.id }, a.coordinators);
        for (const [mPos, m] of a.measures.entries()) {
          const mRow = {
            id: m.id,
            area_id: a.id,
            text: toJson(m.text),
            since_version_id: m.since,
            position: mPos,
          };
          await upsertById(trx, 'catalogue_measure', mRow);
        }
      }
    }
  },
};
