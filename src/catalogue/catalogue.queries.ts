import type { Queryable } from '../platform/db/database.js';
import { invalid, notFound, ok, type Outcome } from '../platform/http/route.js';
import type { Catalogue } from './catalogue.schema.js';

/**
 * The catalogue of an organisation as it stood in one version: a later version's additions
 * (areas and measures with a later `since`) are left out of an earlier one.
 */
export async function getCatalogue(
  db: Queryable,
  organizationId: string,
  versionId?: string,
): Promise<Outcome<Catalogue>> {
  const org = await db
    .selectFrom('organization')
    .select('id')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  if (!org) return notFound('id', `no organization with id ${organizationId}`);
  const versions = await db
    .selectFrom('catalogue_version')
    .select(['id', 'title', 'adopted', 'instrument_id as instrument', 'position'])
    .where('organization_id', '=', organizationId)
    .orderBy('position')
    .execute();
  if (versions.length === 0)
    return notFound('id', `organization ${organizationId} has no catalogue`);
  const chosen =
    versionId === undefined ? versions.at(-1)! : versions.find((v) => v.id === versionId);
  if (!chosen)
    return invalid(
      'version',
      `no catalogue version ${versionId}; known: ${versions.map((v) => v.id).join(', ')}`,
    );
  const inVersion = new Set(versions.filter((v) => v.position <= chosen.position).map((v) => v.id));

  const dimensions = await db
    .selectFrom('catalogue_dimension')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId)
    .orderBy('position')
    .execute();
  const dimensionIds = dimensions.map((d) => d.id);
  const areas = dimensionIds.length
    ? await db
        .selectFrom('catalogue_area')
        .select(['id', 'dimension_id', 'name', 'since_version_id as since'])
        .where('dimension_id', 'in', dimensionIds)
        .orderBy('position')
        .execute()
    : [];
  const areaIds = areas.map((a) => a.id);
  const measures = areaIds.length
    ? await db
        .selectFrom('catalogue_measure')
        .select(['id', 'area_id', 'text', 'since_version_id as since'])
        .where('area_id', 'in', areaIds)
        .orderBy('position')
        .execute()
    : [];
  // A role belongs to a dimension directly, or through its area; either way to this organisation.
  const coordinators = await db
    .selectFrom('coordinator_role as r')
    .innerJoin('state as s', 's.id', 'r.state_id')
    .leftJoin('catalogue_area as a', 'a.id', 'r.area_id')
    .innerJoin('catalogue_dimension as d', (join) =>
      join.on((eb) => eb('d.id', '=', eb.fn.coalesce('r.dimension_id', 'a.dimension_id'))),
    )
    .select([
      'r.dimension_id',
      'r.area_id',
      's.id as state',
      's.name',
      'r.role',
      'r.from_date as from',
      'r.to_date as to',
      'r.source',
    ])
    .where('d.organization_id', '=', organizationId)
    .orderBy('r.id')
    .execute();
  const coordinatorsOf = (key: 'dimension_id' | 'area_id', id: string) =>
    coordinators.filter((c) => c[key] === id).map(({ dimension_id: _d, area_id: _a, ...c }) => c);

  const strip = ({ position: _p, ...v }: (typeof versions)[number]) => v;
  return ok({
    organization: organizationId,
    version: strip(chosen),
    versions: versions.map(strip),
    dimensions: dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      coordinators: coordinatorsOf('dimension_id', d.id),
      areas: areas
        .filter((a) => a.dimension_id === d.id && inVersion.has(a.since))
        .map((a) => ({
          id: a.id,
          name: a.name,
          since: a.since,
          coordinators: coordinatorsOf('area_id', a.id),
          measures: measures
            .filter((m) => m.area_id === a.id && inVersion.has(m.since))
            .map(({ area_id: _a, ...m }) => m),
        })),
    })),
  });
}
