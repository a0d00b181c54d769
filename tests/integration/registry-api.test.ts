import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

const FOUNDERS = [
  'AFG',
  'AZE',
  'CHN',
  'EGY',
  'IND',
  'IRN',
  'ISR',
  'KAZ',
  'KGZ',
  'PAK',
  'PSE',
  'RUS',
  'TJK',
  'TUR',
  'UZB',
];
const ids = (body: { items: { state: string }[] }) => body.items.map((i) => i.state).sort();

describe('registry API', () => {
  it('answers health', async () => {
    const { status, body } = await t.get('/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });

  it('lists CICA with 28 member states and 10 observer states today', async () => {
    const members = await t.get('/api/organizations/CICA/members?status=member&limit=500');
    expect(members.status).toBe(200);
    expect(members.body.total).toBe(28);
    expect(
      members.body.items.every(
        (i: { status: string; id: string }) => i.status === 'member' && i.id,
      ),
    ).toBe(true);
    expect(ids(members.body)).toEqual(
      expect.arrayContaining([
        ...FOUNDERS,
        'MNG',
        'THA',
        'KOR',
        'JOR',
        'ARE',
        'IRQ',
        'VNM',
        'BHR',
        'KHM',
        'QAT',
        'BGD',
        'LKA',
        'KWT',
      ]),
    );
    const observers = await t.get('/api/organizations/CICA/members?status=observer');
    expect(ids(observers.body)).toEqual([
      'BLR',
      'IDN',
      'JPN',
      'LAO',
      'MYS',
      'PHL',
      'SAU',
      'TKM',
      'UKR',
      'USA',
    ]);
    const organizations = await t.get(
      '/api/organizations/CICA/members?status=observer&kind=organization',
    );
    expect(
      organizations.body.items.map((i: { organization: string }) => i.organization).sort(),
    ).toEqual(expect.arrayContaining(['IOM', 'LAS', 'OSCE', 'TURKPA', 'UN']));
  });

  it('answers who the members were on 2006-06-17, by accession year', async () => {
    const { status, body } = await t.get(
      '/api/organizations/CICA/members?at=2006-06-17&status=member',
    );
    expect(status).toBe(200);
    expect(ids(body)).toEqual([...FOUNDERS, 'MNG', 'THA', 'KOR'].sort());
    const before = await t.get('/api/organizations/CICA/members?at=1998-01-01&status=member');
    expect(before.body.total).toBe(0);
  });

  it('shows bodies, chair history and counts on the organisation', async () => {
    const { body } = await t.get('/api/organizations/CICA');
    expect(body.bodies.map((b: { id: string }) => b.id)).toEqual(
      expect.arrayContaining(['CICA-SUMMIT', 'CICA-MC', 'CICA-SOC', 'CICA-SWG', 'CICA-SEC']),
    );
    expect(
      body.chairmanships.map(
        (c: { state: string; from: string }) => `${c.state}:${c.from.slice(0, 4)}`,
      ),
    ).toEqual(['KAZ:2002', 'TUR:2010', 'CHN:2014', 'TJK:2018', 'KAZ:2020', 'AZE:2024']);
    expect(body.counts).toMatchObject({ member: 28, observer: 10 });
    expect(body.name).toMatchObject({
      en: expect.stringContaining('Confidence'),
      kk: expect.any(String),
      ru: expect.any(String),
    });
  });

  it('serves the catalogue: 5 dimensions with areas, measures and known coordinators, in versions', async () => {
    const { status, body } = await t.get('/api/organizations/CICA/catalogue');
    expect(status).toBe(200);
    expect(body.dimensions).toHaveLength(5);
    for (const d of body.dimensions) {
      expect(d.name).toHaveProperty('kk');
      expect(d.areas.length).toBeGreaterThan(0);
      for (const a of d.areas) expect(a.measures.length).toBeGreaterThan(0);
    }
    const military = body.dimensions[0];
    expect(
      military.coordinators.map((c: { state: string; role: string }) => `${c.state}:${c.role}`),
    ).toEqual(['KAZ:coordinator', 'TUR:co-coordinator']);
    const allAreas = body.dimensions.flatMap((d: { areas: unknown[] }) => d.areas);
    const older = await t.get('/api/organizations/CICA/catalogue?version=cica-2004');
    const olderAreas = older.body.dimensions.flatMap((d: { areas: unknown[] }) => d.areas);
    expect(olderAreas.length).toBeLessThan(allAreas.length);
    expect(older.body.version.id).toBe('cica-2004');
  });

  it('runs the timeline from 1992-10-05 to 2024 with the milestones', async () => {
    const all = await t.get('/api/events?limit=500');
    expect(all.body.items[0].date).toBe('1992-10-05');
    expect(all.body.items.at(-1).date.slice(0, 4)).toBe('2024');
    const { body } = await t.get('/api/events?actor=CICA&limit=500');
    const dates: string[] = body.items.map((e: { date: string }) => e.date);
    expect(dates[0]).toBe('1992-10-05');
    expect(dates.at(-1)!.slice(0, 4)).toBe('2024');
    expect(dates).toEqual(
      expect.arrayContaining([
        '1999-09-14',
        '2002-06-04',
        '2004-10-22',
        '2006-06-17',
        '2007-03',
        '2021-10-12',
        '2022-10',
        '2023-09',
        '2024-12',
      ]),
    );
    for (const e of body.items) {
      expect(e.id).toBeTruthy();
      expect(Array.isArray(e.actors)).toBe(true);
      expect(e.source.length).toBeGreaterThan(2);
    }
  });

  it('filters events by period, actor and type', async () => {
    const { body } = await t.get('/api/events?from=2002&to=2002-12&type=summit&actor=CICA');
    expect(body.items.map((e: { date: string }) => e.date)).toEqual(['2002-06-04']);
    const month = await t.get('/api/events?from=2007-03-15&to=2007-03-20');
    expect(month.body.items.map((e: { date: string }) => e.date)).toContain('2007-03');
  });

  it('answers states, instruments and the actor list', async () => {
    const kaz = await t.get('/api/states/KAZ');
    expect(kaz.body.name.kk).toBe('Қазақстан');
    expect(
      kaz.body.memberships.some(
        (m: { organization: { id: string } }) => m.organization.id === 'CICA',
      ),
    ).toBe(true);
    expect(kaz.body.coordinatorRoles.length).toBeGreaterThan(0);
    expect(kaz.body.events.length).toBeGreaterThan(0);
    const sun = await t.get('/api/states/SUN');
    expect(sun.body.historical).toBe(true);
    const list = await t.get('/api/instruments?organization=CICA');
    expect(list.body.items.length).toBeGreaterThan(3);
    const first = await t.get(`/api/instruments/${list.body.items[0].id}`);
    expect(first.status).toBe(200);
    const search = await t.get('/api/states?q=Казах');
    expect(search.body.items.map((s: { id: string }) => s.id)).toContain('KAZ');
  });

  it('publishes OpenAPI 3.1 covering every route', async () => {
    const { body } = await t.get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/states',
      '/api/states/{id}',
      '/api/organizations/{id}/members',
      '/api/organizations/{id}/catalogue',
      '/api/instruments/{id}',
      '/api/events',
    ]) {
      expect(body.paths).toHaveProperty([path]);
    }
    const at = body.paths['/api/organizations/{id}/members'].get.parameters.find(
      (p: { name: string }) => p.name === 'at',
    );
    expect(at.in).toBe('query');
  });
});

describe('bad requests get a 4xx naming the field', () => {
  const cases: [string, number, string][] = [
    ['/api/states/XYZ', 404, 'id'],
    ['/api/states/kz', 400, 'id'],
    ['/api/organizations/NOPE', 404, 'id'],
    ['/api/organizations/CICA/members?at=2006-13-01', 400, 'at'],
    ['/api/organizations/CICA/members?at=2006-02-30', 400, 'at'],
    ['/api/organizations/CICA/members?status=friend', 400, 'status'],
    ['/api/organizations/CICA/members?colour=red', 400, 'colour'],
    ['/api/organizations/CICA/catalogue?version=cica-1900', 400, 'version'],
    ['/api/instruments/no-such-thing', 404, 'id'],
    ['/api/events?from=yesterday', 400, 'from'],
    ['/api/events?from=2010&to=2005', 400, 'to'],
    ['/api/events?actor=XYZ', 400, 'actor'],
    ['/api/events?limit=0', 400, 'limit'],
    ['/api/events?limit=abc', 400, 'limit'],
    ['/api/events?type=party', 400, 'type'],
    ['/api/events?actor=KAZ&actor=CHN', 400, 'actor'],
  ];
  it.each(cases)('%s → %i (%s)', async (path, status, field) => {
    const response = await t.get(path);
    expect(response.status).toBe(status);
    expect(response.body.error.field).toBe(field);
    expect(response.body.error.message).toMatch(/\w/);
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await t.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});
