import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import { activitiesByMonth, coordinatedAreas, type PlannedActivity } from './plan-helpers.js';

const name = (en: string) => ({ kk: en, ru: en, en });
const coordinator = (state: string) => ({
  state,
  name: name(state),
  role: 'coordinator' as const,
  from: null,
  to: null,
  source: 'test',
});
const area = (id: string, states: string[]) => ({
  id,
  name: name(id),
  since: 'v1',
  coordinators: states.map(coordinator),
  measures: [],
});
const catalogue = {
  dimensions: [
    { id: 'd1', name: name('d1'), coordinators: [coordinator('KAZ')], areas: [area('a1', [])] },
    {
      id: 'd2',
      name: name('d2'),
      coordinators: [],
      areas: [area('a2', ['TUR']), area('a3', ['KAZ'])],
    },
  ],
} as unknown as Catalogue;

const activity = (id: string, startsOn: string, endsOn: string): PlannedActivity => ({
  id,
  title: id,
  startsOn,
  endsOn,
  venue: '',
  organisers: '',
  participants: '',
  planTitle: 'Plan',
  plan: 'p',
  area: 'a1',
  state: 'KAZ',
});

describe('coordinatedAreas', () => {
  it('offers the areas a state coordinates itself or through its dimension', () => {
    expect(coordinatedAreas(catalogue, 'KAZ').map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(coordinatedAreas(catalogue, 'TUR').map((a) => a.id)).toEqual(['a2']);
    expect(coordinatedAreas(catalogue, 'THA')).toEqual([]);
    expect(coordinatedAreas(catalogue, null)).toHaveLength(3);
  });
});

describe('activitiesByMonth', () => {
  it('puts an activity in every month of the year it touches, in date order', () => {
    const months = activitiesByMonth(
      [
        activity('late', '2026-05-20', '2026-05-21'),
        activity('long', '2025-12-30', '2026-02-02'),
        activity('early', '2026-05-01', '2026-06-01'),
      ],
      2026,
    );
    expect(months.map((m) => m.map((a) => a.id))).toEqual([
      ['long'],
      ['long'],
      [],
      [],
      ['early', 'late'],
      ['early'],
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });
});
