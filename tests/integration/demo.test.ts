import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../src/demo/seed-demo.js';
import { findBrokenLink } from '../../src/platform/audit/audit-entry.js';
import { signIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

describe('demo mode', () => {
  it('seeds once: every demo account signs in, and a second run changes nothing', async () => {
    expect(await seedDemo(t.app.database.db)).toBe('seeded');
    expect(await seedDemo(t.app.database.db)).toBe('present');
    for (const account of DEMO_ACCOUNTS) await signIn(t, account.email, DEMO_PASSWORD);
    expect(await findBrokenLink(t.app.database.db)).toBeNull();
  });

  it('fills the 2026 matrix and the public dashboard from published reports', async () => {
    const matrix = (await t.get('/api/matrix?cycle=cica-2026&dimension=military-political')).body;
    const value = (state: string, measure: string) =>
      matrix.cells.find(
        (c: { state: string; measure: string }) => c.state === state && c.measure === measure,
      ).value;
    expect(value('TUR', 'military-invitations')).toBe('reported');
    expect(value('AZE', 'military-visits')).toBe('nil');
    expect(value('KAZ', 'military-invitations')).toBe('declared');
    const stats = (await t.get('/api/statistics/participation')).body.items;
    expect(
      stats.find(
        (i: { cycle: string; dimension: string }) =>
          i.cycle === 'cica-2026' && i.dimension === 'military-political',
      ).states,
    ).toBe(1);
    const plan = (await t.get('/api/plan-of-cbms?year=2026')).body.items;
    expect(plan).toHaveLength(2);
  });

  it('fills the library: the public finds a scanned Kazakh chapter and a Russian statement with one Kazakh word', async () => {
    const found = (await t.get(`/api/search?q=${encodeURIComponent('қауіпсіздік')}`)).body;
    expect(found.items.map((i: { title: string }) => i.title)).toEqual(
      expect.arrayContaining([
        'Азиядағы қауіпсіздік: оқулық тарауы',
        'Заявление о мерах доверия в Азии',
      ]),
    );
    // The members-only briefing stays out of the public's results.
    const nuclear = (await t.get(`/api/search?q=${encodeURIComponent('ядролық қару')}`)).body;
    expect(nuclear.items).toEqual([]);
  });

  it('shows a focal point what its state still owes', async () => {
    const focal = await signIn(t, 'focal.kaz@demo.senim.kz', DEMO_PASSWORD);
    const due = (await t.request('GET', '/api/due', { as: focal })).body.items;
    expect(due).toEqual([
      expect.objectContaining({
        cycle: 'cica-2026',
        outstanding: [{ state: 'KAZ', status: 'draft' }],
      }),
    ]);
    const turkey = await signIn(t, 'focal.tur@demo.senim.kz', DEMO_PASSWORD);
    // Türkiye submitted in 2026 but never reported for 2025: that one is overdue.
    const turkeyDue = (await t.request('GET', '/api/due', { as: turkey })).body.items;
    expect(turkeyDue).toEqual([
      expect.objectContaining({
        cycle: 'cica-2025',
        outstanding: [{ state: 'TUR', status: 'missing' }],
      }),
    ]);
    expect(turkeyDue[0].daysLeft).toBeLessThan(0);
  });

  it('shows the Secretariat who has not reported in 2026', async () => {
    const officer = await signIn(t, 'officer@demo.senim.kz', DEMO_PASSWORD);
    const reports = (await t.request('GET', '/api/cycles/cica-2026/reports', { as: officer })).body
      .items;
    const status = Object.fromEntries(
      reports.map((r: { state: string; status: string }) => [r.state, r.status]),
    );
    expect(status).toMatchObject({
      TUR: 'submitted',
      AZE: 'submitted',
      KAZ: 'draft',
      IND: 'accepted',
      EGY: 'missing',
    });
  });
});
