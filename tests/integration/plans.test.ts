import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, signIn, type Session } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const as: Record<string, Session> = {};
beforeAll(async () => {
  t = await startTestApp();
  as['focal'] = await signIn(t, (await buildAccount(t, 'focal-point', { state: 'KAZ' })).email);
  as['contributor'] = await signIn(
    t,
    (await buildAccount(t, 'contributor', { state: 'KAZ' })).email,
  );
  as['thaiFocal'] = await signIn(t, (await buildAccount(t, 'focal-point', { state: 'THA' })).email);
  as['officer'] = await signIn(t, (await buildAccount(t, 'officer')).email);
});
afterAll(async () => {
  await t?.stop();
});

const plan = {
  kind: 'action-plan',
  area: 'military-contacts-and-information',
  state: 'KAZ',
  title: 'Action plan on military contacts 2026–2028',
  body: 'Visits and exchanges among defence colleges.',
  startsYear: 2026,
  endsYear: 2028,
  activities: [
    {
      title: 'Seminar of defence colleges',
      startsOn: '2026-05-12',
      endsOn: '2026-05-14',
      venue: 'Astana',
      organisers: 'KAZ',
      participants: 'TUR, AZE',
    },
    {
      title: 'Exchange of visits',
      startsOn: '2027-03-01',
      endsOn: '2027-03-03',
      venue: 'Ankara',
      organisers: 'TUR',
      participants: '',
    },
  ],
  revision: 0,
};

describe('concept papers, action plans and the Plan of CBMs', () => {
  let id: string;

  it('lets a coordinating state draft a plan, and refuses a state that does not coordinate the area', async () => {
    const created = await t.request('POST', '/api/plans', { body: plan, as: as['contributor'] });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({
      status: 'draft',
      revision: 1,
      abilities: { edit: true, submit: false },
    });
    id = created.body.id;
    const notCoordinator = await t.request('POST', '/api/plans', {
      body: { ...plan, state: 'THA' },
      as: as['thaiFocal'],
    });
    expect(notCoordinator.status).toBe(400);
    expect(notCoordinator.body.error.field).toBe('area');
    const forOther = await t.request('POST', '/api/plans', { body: plan, as: as['thaiFocal'] });
    expect(forOther.status).toBe(404);
    const stale = await t.request('PUT', `/api/plans/${id}`, {
      body: { ...plan, revision: 0 },
      as: as['focal'],
    });
    expect(stale.status).toBe(409);
    const badDates = await t.request('PUT', `/api/plans/${id}`, {
      body: { ...plan, revision: 1, activities: [{ ...plan.activities[0], endsOn: '2026-05-01' }] },
      as: as['focal'],
    });
    expect(badDates.body.error.field).toBe('activities.0.endsOn');
  });

  it('keeps a draft from others; the focal point submits; the Secretariat returns, then approves with the SOC meeting', async () => {
    expect((await t.get(`/api/plans/${id}`)).status).toBe(404);
    expect((await t.request('GET', `/api/plans/${id}`, { as: as['thaiFocal'] })).status).toBe(404);
    expect(
      (await t.request('POST', `/api/plans/${id}/submit`, { as: as['contributor'] })).status,
    ).toBe(404);
    expect(
      (await t.request('POST', `/api/plans/${id}/submit`, { as: as['focal'] })).body.status,
    ).toBe('submitted');
    const returned = await t.request('POST', `/api/plans/${id}/return`, {
      body: { comment: 'Name the venue of the 2027 visit' },
      as: as['officer'],
    });
    expect(returned.body).toMatchObject({
      status: 'returned',
      comment: 'Name the venue of the 2027 visit',
    });
    await t.request('POST', `/api/plans/${id}/submit`, { as: as['focal'] });
    const noMeeting = await t.request('POST', `/api/plans/${id}/approve`, {
      body: { socMeeting: '' },
      as: as['officer'],
    });
    expect(noMeeting.body.error.field).toBe('socMeeting');
    const approved = await t.request('POST', `/api/plans/${id}/approve`, {
      body: { socMeeting: 'SOC, Astana, 2025-12-10' },
      as: as['officer'],
    });
    expect(approved.body).toMatchObject({
      status: 'approved',
      socMeeting: 'SOC, Astana, 2025-12-10',
    });
    expect((await t.get(`/api/plans/${id}`)).status).toBe(200);
    expect(
      (
        await t.request('PUT', `/api/plans/${id}`, {
          body: { ...plan, revision: 1 },
          as: as['focal'],
        })
      ).status,
    ).toBe(409);
  });

  it('lists the year’s activities as the Plan of CBMs, and as an iCalendar feed', async () => {
    const year = await t.get('/api/plan-of-cbms?year=2026');
    expect(year.body.items.map((i: { title: string }) => i.title)).toEqual([
      'Seminar of defence colleges',
    ]);
    const response = await fetch(`${t.url}/api/plan-of-cbms?year=2027&format=ics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await response.text();
    expect(ics).toContain('SUMMARY:Exchange of visits');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270301');
    expect((await t.get('/api/plan-of-cbms?year=26')).body.error.field).toBe('year');
  });

  it('lets the Secretariat record a coordinator approved by the SOC, shown in the catalogue', async () => {
    const recorded = await t.request('POST', '/api/coordinators', {
      body: {
        area: 'military-contacts-and-information',
        state: 'THA',
        role: 'co-coordinator',
        from: '2026',
        socMeeting: 'SOC, Astana, 2025-12-10',
      },
      as: as['officer'],
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    const catalogue = (await t.get('/api/organizations/CICA/catalogue')).body;
    const area = catalogue.dimensions[0].areas.find(
      (a: { id: string }) => a.id === 'military-contacts-and-information',
    );
    expect(area.coordinators).toEqual([
      expect.objectContaining({ state: 'THA', role: 'co-coordinator', from: '2026' }),
    ]);
    expect(
      (
        await t.request('POST', '/api/coordinators', {
          body: { state: 'THA', role: 'coordinator', socMeeting: 'SOC' },
          as: as['focal'],
        })
      ).status,
    ).toBe(404);
  });
});
