import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, signIn, type Session } from '../support/accounts.js';
import { buildCycle, buildReport, SAMPLE_CONTENT } from '../support/reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let focal: Session;
let officer: Session;
beforeAll(async () => {
  t = await startTestApp();
  focal = await signIn(t, (await buildAccount(t, 'focal-point', { state: 'KAZ' })).email);
  officer = await signIn(t, (await buildAccount(t, 'officer')).email);
  await buildCycle(t, { id: 'cica-2025', year: 2025 });
  await buildCycle(t, { id: 'cica-2026', year: 2026 });
  // KAZ: public report on military visits; CHN: nil return for members only; TUR: secretariat only.
  await buildReport(t, { cycle: 'cica-2026', state: 'KAZ', visibility: 'public', submitted: true });
  await buildReport(t, {
    cycle: 'cica-2026',
    state: 'CHN',
    visibility: 'members',
    submitted: true,
    content: { nilReturn: true, entries: [], note: '' },
  });
  await buildReport(t, {
    cycle: 'cica-2026',
    state: 'TUR',
    visibility: 'secretariat',
    submitted: true,
  });
});
afterAll(async () => {
  await t?.stop();
});

const cell = (
  matrix: { cells: { state: string; measure: string; value: string }[] },
  state: string,
  measure: string,
) => matrix.cells.find((c) => c.state === state && c.measure === measure)?.value;

describe('commitments and the implementation matrix', () => {
  it('lets a focal point declare its own state’s measures, not another’s', async () => {
    const mine = await t.request('PUT', '/api/commitments/KAZ/2026', {
      body: { measures: ['military-visits', 'military-cv-exchange'], basedOn: null },
      as: focal,
    });
    expect(mine.status).toBe(200);
    expect(mine.body.measures).toEqual(['military-cv-exchange', 'military-visits']);
    expect(
      (
        await t.request('PUT', '/api/commitments/CHN/2026', {
          body: { measures: [], basedOn: null },
          as: focal,
        })
      ).status,
    ).toBe(404);
    const bad = await t.request('PUT', '/api/commitments/KAZ/2026', {
      body: { measures: ['military-visits', 'nope'], basedOn: mine.body.declaredAt },
      as: focal,
    });
    expect(bad.body.error.field).toBe('measures.1');
    expect(
      (
        await t.request('PUT', '/api/commitments/KAZ/20x6', {
          body: { measures: [], basedOn: null },
          as: focal,
        })
      ).body.error.field,
    ).toBe('year');
    const stale = await t.request('PUT', '/api/commitments/KAZ/2026', {
      body: { measures: [], basedOn: null },
      as: focal,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.field).toBe('basedOn');
    const listed = await t.get('/api/commitments?year=2026&state=KAZ');
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        state: 'KAZ',
        year: 2026,
        measures: ['military-cv-exchange', 'military-visits'],
      }),
    ]);
  });

  it('shows each cell as reported, nil return, declared or nothing — from what the caller may read', async () => {
    const publicView = (await t.get('/api/matrix?cycle=cica-2026&dimension=military-political'))
      .body;
    expect(publicView.states).toHaveLength(28);
    expect(publicView.note.en).toMatch(/not assess compliance/);
    expect(cell(publicView, 'KAZ', 'military-visits')).toBe('reported');
    expect(cell(publicView, 'KAZ', 'military-cv-exchange')).toBe('declared');
    expect(cell(publicView, 'CHN', 'military-visits')).toBe('none');
    expect(cell(publicView, 'TUR', 'military-visits')).toBe('none');
    const memberView = (await t.request('GET', '/api/matrix?cycle=cica-2026', { as: focal })).body;
    expect(cell(memberView, 'CHN', 'military-visits')).toBe('nil');
    expect(cell(memberView, 'TUR', 'military-visits')).toBe('none');
    const secretariatView = (await t.request('GET', '/api/matrix?cycle=cica-2026', { as: officer }))
      .body;
    expect(cell(secretariatView, 'TUR', 'military-visits')).toBe('reported');
  });

  it('filters by area and exports CSV', async () => {
    const area = (await t.get('/api/matrix?cycle=cica-2026&area=military-contacts-and-information'))
      .body;
    expect(new Set(area.measures.map((m: { area: string }) => m.area))).toEqual(
      new Set(['military-contacts-and-information']),
    );
    const response = await fetch(
      `${t.url}/api/matrix?cycle=cica-2026&dimension=military-political&format=csv`,
    );
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines).toHaveLength(29);
    expect(lines[0]!.startsWith('state,military-visits')).toBe(true);
    expect(lines.find((l) => l.startsWith('KAZ,'))).toMatch(/^KAZ,reported,/);
  });

  it('compares two years and names bad filters', async () => {
    const diff = (await t.get('/api/matrix/diff?cycle=cica-2026&other=cica-2025')).body;
    expect(diff.changes).toEqual(
      expect.arrayContaining([
        { state: 'KAZ', measure: 'military-visits', before: 'none', after: 'reported' },
      ]),
    );
    expect((await t.get('/api/matrix?cycle=nope')).body.error.field).toBe('cycle');
    expect((await t.get('/api/matrix?cycle=cica-2026&dimension=culinary')).body.error.field).toBe(
      'dimension',
    );
    expect((await t.get('/api/matrix?cycle=cica-2026&format=xml')).body.error.field).toBe('format');
  });

  it('counts participation from published reports only', async () => {
    const stats = (await t.get('/api/statistics/participation')).body;
    const military2026 = stats.items.find(
      (i: { cycle: string; dimension: string }) =>
        i.cycle === 'cica-2026' && i.dimension === 'military-political',
    );
    expect(military2026).toMatchObject({ states: 1, entries: SAMPLE_CONTENT.entries.length });
  });
});
