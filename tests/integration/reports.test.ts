import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLink, listAuditEntries } from '../../src/platform/audit/audit-entry.js';
import { buildAccount, signIn, type Session } from '../support/accounts.js';
import { buildCycle, SAMPLE_CONTENT } from '../support/reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let cycle: string;
const as: Record<string, Session> = {};
beforeAll(async () => {
  t = await startTestApp();
  cycle = (await buildCycle(t, { id: 'cica-2026' })).id;
  for (const [name, role, state] of [
    ['contributor', 'contributor', 'KAZ'],
    ['focal', 'focal-point', 'KAZ'],
    ['chinaFocal', 'focal-point', 'CHN'],
    ['officer', 'officer', null],
    ['observer', 'observer', 'JPN'],
  ] as const) {
    const account = await buildAccount(t, role, { state });
    as[name] = await signIn(t, account.email);
  }
});
afterAll(async () => {
  await t?.stop();
});

const draftPath = (state: string) => `/api/cycles/${cycle}/reports/${state}/draft`;

describe('the national report cycle', () => {
  let id: string;

  it('a contributor drafts, a stale save is a conflict, and only the focal point submits', async () => {
    const created = await t.request('PUT', draftPath('KAZ'), {
      body: { content: SAMPLE_CONTENT, visibility: 'public', revision: 0 },
      as: as['contributor'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({ status: 'draft', draft: { revision: 1 }, versions: [] });
    id = created.body.id;
    const stale = await t.request('PUT', draftPath('KAZ'), {
      body: { content: SAMPLE_CONTENT, visibility: 'public', revision: 0 },
      as: as['focal'],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.field).toBe('revision');
    expect(
      (await t.request('POST', `/api/reports/${id}/submit`, { body: {}, as: as['contributor'] }))
        .status,
    ).toBe(404);
    expect(created.body.abilities).toMatchObject({ 'edit-draft': true, submit: false });
  });

  it('keeps a draft to its state: another state and the public see nothing', async () => {
    expect((await t.request('GET', `/api/reports/${id}`, { as: as['chinaFocal'] })).status).toBe(
      404,
    );
    expect((await t.get(`/api/reports/${id}`)).status).toBe(404);
    const other = await t.request('PUT', draftPath('KAZ'), {
      body: { content: SAMPLE_CONTENT, visibility: 'public', revision: 1 },
      as: as['chinaFocal'],
    });
    expect(other.status).toBe(404);
  });

  it('the focal point submits an immutable first version', async () => {
    const submitted = await t.request('POST', `/api/reports/${id}/submit`, {
      body: {},
      as: as['focal'],
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      versions: [{ version: 1, onBehalf: false, reason: null }],
    });
    const owner = new pg.Client({ connectionString: t.databaseUrl });
    await owner.connect();
    try {
      await expect(owner.query(`update report_version set content = '{}'`)).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await owner.end();
    }
  });

  it('the Secretariat returns it with comments; the correction needs a reason and becomes version 2', async () => {
    const returned = await t.request('POST', `/api/reports/${id}/return`, {
      body: { comment: 'Add the dates of the visits' },
      as: as['officer'],
    });
    expect(returned.body.status).toBe('returned');
    const seen = await t.request('GET', `/api/reports/${id}`, { as: as['focal'] });
    expect(seen.body.reviews).toEqual([
      expect.objectContaining({
        decision: 'returned',
        comment: 'Add the dates of the visits',
        version: 1,
      }),
    ]);
    const corrected = {
      ...SAMPLE_CONTENT,
      entries: [{ ...SAMPLE_CONTENT.entries[0]!, when: '2026-05-12/2026-05-14' }],
    };
    const saved = await t.request('PUT', draftPath('KAZ'), {
      body: { content: corrected, visibility: 'public', revision: seen.body.draft.revision },
      as: as['focal'],
    });
    expect(saved.status).toBe(200);
    const noReason = await t.request('POST', `/api/reports/${id}/submit`, {
      body: {},
      as: as['focal'],
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    const resubmitted = await t.request('POST', `/api/reports/${id}/submit`, {
      body: { reason: 'Dates added as asked' },
      as: as['focal'],
    });
    expect(resubmitted.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(resubmitted.body.versions[0].content.entries[0].when).toBe('2026-05');
    const accepted = await t.request('POST', `/api/reports/${id}/accept`, { as: as['officer'] });
    expect(accepted.body.status).toBe('accepted');
    const again = await t.request('POST', `/api/reports/${id}/accept`, { as: as['officer'] });
    expect(again.status).toBe(409);
  });

  it('shows the public only what the state published: versions, no draft, no reviews', async () => {
    const publicView = await t.get(`/api/reports/${id}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body.draft).toBeNull();
    expect(publicView.body.reviews).toEqual([]);
    expect(publicView.body.versions).toHaveLength(2);
    expect(publicView.body.versions[1].submittedBy).toBeNull();
  });

  it('honours visibility: members-only is hidden from the public and observers, secretariat-only from other states', async () => {
    const members = await t.request('PUT', draftPath('CHN'), {
      body: { content: { nilReturn: true }, visibility: 'members', revision: 0 },
      as: as['chinaFocal'],
    });
    const chinaId = members.body.id;
    await t.request('POST', `/api/reports/${chinaId}/submit`, { body: {}, as: as['chinaFocal'] });
    expect((await t.request('GET', `/api/reports/${chinaId}`, { as: as['focal'] })).status).toBe(
      200,
    );
    expect((await t.get(`/api/reports/${chinaId}`)).status).toBe(404);
    expect((await t.request('GET', `/api/reports/${chinaId}`, { as: as['observer'] })).status).toBe(
      404,
    );
  });

  it('lets the Secretariat enter a report on a state’s behalf, flagged as such', async () => {
    const draft = await t.request('PUT', draftPath('PAK'), {
      body: { content: { nilReturn: true }, visibility: 'public', revision: 0 },
      as: as['officer'],
    });
    const submitted = await t.request('POST', `/api/reports/${draft.body.id}/submit`, {
      body: {},
      as: as['officer'],
    });
    expect(submitted.body.versions[0].onBehalf).toBe(true);
    expect((await t.get(`/api/reports/${draft.body.id}`)).body.versions[0].onBehalf).toBe(true);
  });

  it('tells the Secretariat who has not reported; the public sees only published reports', async () => {
    const secretariat = await t.request('GET', `/api/cycles/${cycle}/reports`, {
      as: as['officer'],
    });
    expect(secretariat.body.total).toBe(28);
    expect(
      (await t.request('GET', '/api/cycles', { as: as['officer'] })).body.abilities[
        'manage-cycles'
      ],
    ).toBe(true);
    expect((await t.get('/api/cycles')).body.abilities['manage-cycles']).toBe(false);
    const byState = Object.fromEntries(
      secretariat.body.items.map((i: { state: string; status: string }) => [i.state, i.status]),
    );
    expect(byState).toMatchObject({
      KAZ: 'accepted',
      CHN: 'submitted',
      PAK: 'submitted',
      IND: 'missing',
    });
    const publicList = await t.get(`/api/cycles/${cycle}/reports`);
    expect(publicList.body.items.map((i: { state: string }) => i.state).sort()).toEqual([
      'KAZ',
      'PAK',
    ]);
  });

  it('names the field of bad input and saves nothing half', async () => {
    const unknownMeasure = {
      ...SAMPLE_CONTENT,
      entries: [{ ...SAMPLE_CONTENT.entries[0]!, measure: 'no-such-measure' }],
    };
    const bad = await t.request('PUT', draftPath('IND'), {
      body: { content: unknownMeasure, visibility: 'public', revision: 0 },
      as: as['officer'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('content.entries.0.measure');
    const badVisibility = await t.request('PUT', draftPath('IND'), {
      body: { content: SAMPLE_CONTENT, visibility: 'everyone', revision: 0 },
      as: as['officer'],
    });
    expect(badVisibility.body.error.field).toBe('visibility');
    const list = await t.request('GET', `/api/cycles/${cycle}/reports`, { as: as['officer'] });
    expect(list.body.items.find((i: { state: string }) => i.state === 'IND').status).toBe(
      'missing',
    );
    const cycleBad = await t.request('POST', '/api/cycles', {
      body: {
        id: 'bad-cycle',
        organization: 'CICA',
        year: 2026,
        title: { kk: 'а', ru: 'б', en: 'c' },
        opensOn: '2026-05-01',
        deadline: '2026-04-01',
        dimensions: ['human'],
      },
      as: as['officer'],
    });
    expect(cycleBad.body.error.field).toBe('deadline');
  });

  it('shows focal points what is due, and lets the Secretariat remind states that have not reported', async () => {
    const sent = await t.request('POST', `/api/cycles/${cycle}/reminders`, { as: as['officer'] });
    expect(sent.status).toBe(200);
    const states = sent.body.sent.map((s: { state: string }) => s.state);
    expect(states).toContain('IND');
    expect(states).not.toContain('KAZ');
    expect(sent.body.sent.find((s: { state: string }) => s.state === 'CHN')).toBeUndefined();
    const due = await t.request('GET', '/api/due', { as: as['officer'] });
    expect(
      due.body.items.find((i: { cycle: string }) => i.cycle === cycle).outstanding.length,
    ).toBe(states.length);
    expect(
      (await t.request('POST', `/api/cycles/${cycle}/reminders`, { as: as['focal'] })).status,
    ).toBe(404);
    expect((await t.get('/api/due')).status).toBe(401);
  });

  it('writes every step to the audit trail, chain intact', async () => {
    const entries = await listAuditEntries(t.app.database.db, { entity: 'report', entityId: id });
    expect(entries.map((e) => e.action)).toEqual([
      'create',
      'submit',
      'return',
      'update',
      'submit',
      'accept',
    ]);
    expect(await findBrokenLink(t.app.database.db)).toBeNull();
  });
});

describe('attachments', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');

  it('stores a file judged by its content, refers to it from the report, and serves it to whoever may read that version', async () => {
    const draft = await t.request('PUT', draftPath('KGZ'), {
      body: { content: { nilReturn: true }, visibility: 'public', revision: 0 },
      as: as['officer'],
    });
    const reportId = draft.body.id;
    const uploaded = await t.request(
      'POST',
      `/api/reports/${reportId}/attachments?name=programme.pdf`,
      { body: pdf, as: as['officer'] },
    );
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    expect(uploaded.body).toMatchObject({
      filename: 'programme.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
    });
    const fileId = uploaded.body.id;
    // Not yet referenced from a submitted version: the public cannot fetch it.
    expect((await fetch(`${t.url}/api/attachments/${fileId}`)).status).toBe(404);
    const content = {
      nilReturn: false,
      entries: [{ ...SAMPLE_CONTENT.entries[0]!, attachments: [fileId] }],
    };
    const saved = await t.request('PUT', draftPath('KGZ'), {
      body: { content, visibility: 'public', revision: draft.body.draft.revision },
      as: as['officer'],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await t.request('POST', `/api/reports/${reportId}/submit`, { body: {}, as: as['officer'] });
    const download = await fetch(`${t.url}/api/attachments/${fileId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''programme.pdf");
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('refuses files by content, foreign attachment ids, and the wrong media type', async () => {
    const draft = await t.request('PUT', draftPath('UZB'), {
      body: { content: { nilReturn: true }, visibility: 'public', revision: 0 },
      as: as['officer'],
    });
    const exe = await t.request(
      'POST',
      `/api/reports/${draft.body.id}/attachments?name=report.pdf`,
      { body: Buffer.from('MZ\x90\x00\x03', 'latin1'), as: as['officer'] },
    );
    expect(exe.status).toBe(400);
    expect(exe.body.error.field).toBe('file');
    const json = await t.request('POST', `/api/reports/${draft.body.id}/attachments?name=x.pdf`, {
      body: { not: 'a file' },
      as: as['officer'],
    });
    expect(json.status).toBe(415);
    const foreign = {
      nilReturn: false,
      entries: [
        { ...SAMPLE_CONTENT.entries[0]!, attachments: ['00000000-0000-4000-8000-000000000000'] },
      ],
    };
    const saved = await t.request('PUT', draftPath('UZB'), {
      body: { content: foreign, visibility: 'public', revision: 1 },
      as: as['officer'],
    });
    expect(saved.body.error.field).toBe('content.entries.0.attachments');
    expect(
      (
        await t.request('POST', `/api/reports/${draft.body.id}/attachments?name=x.pdf`, {
          body: pdf,
          as: as['chinaFocal'],
        })
      ).status,
    ).toBe(404);
  });
});
