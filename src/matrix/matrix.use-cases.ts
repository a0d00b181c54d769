import type { Queryable } from '../platform/db/database.js';
import type { Actor } from '../platform/auth/actor.js';
import { PUBLIC } from '../platform/auth/actor.js';
import { invalid, notFound, ok, type Outcome } from '../platform/http/route.js';
import { findCycle, newestReadableVersions } from '../reports/report.queries.js';
import { ReportContent } from '../reports/report.schema.js';
import { toCsv } from '../platform/csv.js';
import type { Matrix, Participation } from './matrix.schema.js';

const NOTE = {
  kk: 'Кесте мемлекеттердің қатысуын көрсетеді: не мәлімдегенін және не туралы баяндағанын. Ол міндеттемелердің орындалуын бағаламайды.',
  ru: 'Таблица показывает участие государств: что они заявили и о чём сообщили. Она не оценивает выполнение обязательств.',
  en: 'The matrix shows participation: what states declared and what they reported. It does not assess compliance.',
};

/**
 * States × measures for a cycle: declared (a commitment for the year), reported, nil return, or
 * nothing — from the newest version of each report the caller may read.
 */
export async function getMatrix(
  db: Queryable,
  actor: Actor,
  query: { cycle: string; dimension?: string | undefined; area?: string | undefined },
): Promise<Outcome<Matrix>> {
  const cycle = await findCycle(db, query.cycle);
  if (!cycle) return notFound('cycle', `no reporting cycle ${query.cycle}`);
  if (query.dimension && !cycle.dimensions.includes(query.dimension))
    return invalid('dimension', `${query.dimension} is not in this cycle`);
  let measureQuery = db
    .selectFrom('catalogue_measure as m')
    .innerJoin('catalogue_area as a', 'a.id', 'm.area_id')
    .innerJoin('catalogue_dimension as d', 'd.id', 'a.dimension_id')
    .select(['m.id', 'd.id as dimension', 'a.id as area', 'm.text'])
    .where('d.id', 'in', query.dimension ? [query.dimension] : cycle.dimensions);
  if (query.area) measureQuery = measureQuery.where('a.id', '=', query.area);
  const measures = await measureQuery
    .orderBy('d.position')
    .orderBy('a.position')
    .orderBy('m.position')
    .execute();
  if (query.area && measures.length === 0)
    return invalid('area', `no area ${query.area} in this cycle`);

  const states = await db
    .selectFrom('membership as ms')
    .innerJoin('state as s', 's.id', 'ms.state_id')
    .select(['s.id', 's.name'])
    .distinct()
    .where('ms.organization_id', '=', cycle.organization)
    .where('ms.status', '=', 'member')
    .where((eb) => eb.or([eb('ms.from_lo', 'is', null), eb('ms.from_lo', '<=', cycle.deadline)]))
    .orderBy('s.id')
    .execute();
  const commitments = await db
    .selectFrom('commitment')
    .select(['state_id', 'measure_id'])
    .where('year', '=', cycle.year)
    .execute();
  const reports = await db
    .selectFrom('report')
    .select(['id', 'state_id', 'status'])
    .where('cycle_id', '=', cycle.id)
    .execute();

  const declaredSet = new Set(commitments.map((c) => `${c.state_id}|${c.measure_id}`));
  const versions = await newestReadableVersions(db, actor, reports);
  const cells: Matrix['cells'] = [];
  for (const state of states) {
    const report = reports.find((r) => r.state_id === state.id);
    const version = report ? versions.get(report.id) : undefined;
    const content = version ? ReportContent.parse(version.content) : undefined;
    for (const measure of measures) {
      const declared = declaredSet.has(`${state.id}|${measure.id}`);
      const entry = content?.entries.find((e) => e.measure === measure.id);
      const value =
        entry && !entry.nil
          ? 'reported'
          : entry?.nil || content?.nilReturn
            ? 'nil'
            : declared
              ? 'declared'
              : 'none';
      cells.push({ state: state.id, measure: measure.id, value, declared });
    }
  }
  return ok({ cycle: cycle.id, year: cycle.year, note: NOTE, states, measures, cells });
}

/** One row per state, one column per measure: what a spreadsheet wants. */
export function matrixCsv(matrix: Matrix): string {
  const value = new Map(matrix.cells.map((c) => [`${c.state}|${c.measure}`, c.value]));
  return toCsv(
    matrix.states.map((s) => ({
      state: s.id,
      ...Object.fromEntries(matrix.measures.map((m) => [m.id, value.get(`${s.id}|${m.id}`)])),
    })),
  );
}

/** What changed between two cycles' matrices (say, two years), cell by cell. */
export async function diffMatrices(db: Queryable, actor: Actor, cycle: string, other: string) {
  const a = await getMatrix(db, actor, { cycle: other });
  if ('refused' in a) return { ...a, field: 'other' };
  const b = await getMatrix(db, actor, { cycle });
  if ('refused' in b) return b;
  const before = new Map(a.ok.cells.map((c) => [`${c.state}|${c.measure}`, c.value]));
  const changes = b.ok.cells
    .map((c) => ({
      state: c.state,
      measure: c.measure,
      before: before.get(`${c.state}|${c.measure}`) ?? ('none' as const),
      after: c.value,
    }))
    .filter((c) => c.before !== c.after);
  return ok({ cycle, other, changes });
}

/**
 * Participation per cycle and dimension for the public dashboard: counted from published (public)
 * versions only, whoever asks.
 */
export async function getParticipation(
  db: Queryable,
  organization = 'CICA',
): Promise<Outcome<Participation>> {
  const cycles = await db
    .selectFrom('reporting_cycle')
    .select(['id', 'year'])
    .where('organization_id', '=', organization)
    .orderBy('year')
    .execute();
  const dimensions = await db
    .selectFrom('catalogue_dimension')
    .select(['id', 'name'])
    .where('organization_id', '=', organization)
    .orderBy('position')
    .execute();
  const areaOf = new Map(
    (
      await db
        .selectFrom('catalogue_measure as m')
        .innerJoin('catalogue_area as a', 'a.id', 'm.area_id')
        .select(['m.id', 'a.dimension_id'])
        .execute()
    ).map((r) => [r.id, r.dimension_id]),
  );
  const items: Participation['items'] = [];
  for (const cycle of cycles) {
    const reports = await db
      .selectFrom('report')
      .select(['id', 'state_id', 'status'])
      .where('cycle_id', '=', cycle.id)
      .execute();
    const versions = await newestReadableVersions(db, PUBLIC, reports);
    const published = [...versions.values()].map((v) => ReportContent.parse(v.content));
    for (const d of dimensions) {
      const withEntries = published.map(
        (c) => c.entries.filter((e) => !e.nil && areaOf.get(e.measure) === d.id).length,
      );
      items.push({
        cycle: cycle.id,
        year: cycle.year,
        dimension: d.id,
        dimensionName: d.name,
        states: withEntries.filter((n) => n > 0).length,
        entries: withEntries.reduce((a, b) => a + b, 0),
      });
    }
  }
  return ok({ note: NOTE, items });
}
