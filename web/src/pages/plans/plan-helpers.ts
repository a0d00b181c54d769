import type { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import type { PlanOfCbms } from '../../../../src/plans/plan.schema.js';
import type { LocalizedText } from '../../../../src/platform/localized-text.js';

export interface AreaChoice {
  id: string;
  name: LocalizedText;
  dimension: LocalizedText;
}

/**
 * The priority areas a state coordinates (as coordinator or co-coordinator, of the area itself or
 * of its whole dimension), as the catalogue lists them; every area for null (the Secretariat).
 * The server still has the last word on who may write a plan.
 */
export function coordinatedAreas(catalogue: Catalogue, state: string | null): AreaChoice[] {
  return catalogue.dimensions.flatMap((dimension) => {
    const byDimension = dimension.coordinators.some((c) => c.state === state);
    return dimension.areas
      .filter(
        (area) => state === null || byDimension || area.coordinators.some((c) => c.state === state),
      )
      .map((area) => ({ id: area.id, name: area.name, dimension: dimension.name }));
  });
}

/** Each area's name by its id, for showing plans that carry only the id. */
export function areaNames(catalogue: Catalogue): ReadonlyMap<string, LocalizedText> {
  return new Map(catalogue.dimensions.flatMap((d) => d.areas.map((a) => [a.id, a.name] as const)));
}

export type PlannedActivity = PlanOfCbms['items'][number];

/**
 * The activities of a year month by month (January first); an activity that spans months is in
 * each month it touches, so the calendar shows it wherever it is going on.
 */
export function activitiesByMonth(
  items: readonly PlannedActivity[],
  year: number,
): PlannedActivity[][] {
  const months: PlannedActivity[][] = Array.from({ length: 12 }, () => []);
  const first = `${year}-01`;
  const last = `${year}-12`;
  for (const item of items) {
    const from = item.startsOn.slice(0, 7) < first ? first : item.startsOn.slice(0, 7);
    const to = item.endsOn.slice(0, 7) > last ? last : item.endsOn.slice(0, 7);
    for (let month = Number(from.slice(5)); month <= Number(to.slice(5)); month += 1) {
      months[month - 1]!.push(item);
    }
  }
  for (const month of months) month.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return months;
}

/** The years offered in a year picker: a few either side of the one shown. */
export function yearChoices(around: number): number[] {
  return Array.from({ length: 9 }, (_, i) => around - 4 + i);
}
