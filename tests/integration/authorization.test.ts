import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/modules.js';
import { ROLES, type Actor, type Role } from '../../src/platform/auth/actor.js';
import { abilities, can } from '../../src/platform/auth/policy.js';
import { reportPolicy } from '../../src/reports/report.policy.js';
import { planPolicy } from '../../src/plans/plan.policy.js';
import { hashToken, newToken, openSession } from '../../src/platform/auth/sessions.js';
import { newTotpSecret, totp } from '../../src/platform/auth/totp.js';
import type { AnyRoute } from '../../src/platform/http/route.js';
import { buildAccount } from '../support/accounts.js';
import { buildCycle, buildReport, SAMPLE_CONTENT } from '../support/reports.js';
import { decidePlan, recordCoordinator, savePlan } from '../../src/plans/plan.use-cases.js';
import { uploadAttachment } from '../../src/reports/attachment.use-cases.js';
import { reviewReport, saveDraft, submitReport } from '../../src/reports/report.use-cases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addTextDocument } from '../../src/library/document.use-cases.js';
import { libraryPolicy } from '../../src/library/library.policy.js';

/**
 * The authorization suite: every route of the router × every role, checked against the route's
 * policy. A route without a policy or without an example request here fails the suite.
 */
let t: TestApp;
const actors = new Map<Role, Actor>();
beforeAll(async () => {
  t = await startTestApp();
  for (const role of ROLES) {
    if (role === 'public') {
      actors.set(role, { role, accountId: null, stateId: null, organizationId: null });
      continue;
    }
    const account = await buildAccount(t, role);
    actors.set(role, {
      role,
      accountId: account.id,
      stateId: account.state,
      organizationId: account.organization,
    });
  }
});
afterAll(async () => {
  await t?.stop();
});

interface Example {
  path: string;
  body?: unknown;
}
let unique = 0;

/** A request each route answers with success when the caller is allowed. */
const EXAMPLES: Record<string, (actor: Actor) => Promise<Example> | Example> = {
  getSession: () => ({ path: '/api/session' }),
  signIn: async () => {
    const account = await buildAccount(t, 'officer');
    return {
      path: '/api/session',
      body: { email: account.email, password: 'correct horse battery staple' },
    };
  },
  signOut: () => ({ path: '/api/session' }),
  signOutEverywhere: () => ({ path: '/api/session/sign-out-everywhere' }),
  listAccounts: () => ({ path: '/api/accounts' }),
  inviteAccount: () => ({
    path: '/api/invitations',
    body: { email: `invitee-${++unique}@example.org`, role: 'officer' },
  }),
  acceptInvitation: async () => {
    const token = newToken();
    await t.app.database.db
      .insertInto('invitation')
      .values({
        token_hash: hashToken(token),
        email: `accept-${++unique}@example.org`,
        role: 'officer',
        state_id: null,
        organization_id: null,
        invited_by: null,
        expires_at: new Date(Date.now() + 3_600_000).toISOString(),
        accepted_at: null,
      })
      .execute();
    return {
      path: `/api/invitations/${token}`,
      body: { name: 'Invitee', password: 'a long enough password' },
    };
  },
  startTotp: () => ({ path: '/api/account/totp' }),
  confirmTotp: async (actor) => {
    const secret = newTotpSecret();
    if (actor.accountId)
      await t.app.database.db
        .updateTable('account')
        .set({ totp_pending_secret: secret })
        .where('id', '=', actor.accountId)
        .execute();
    return { path: '/api/account/totp/confirm', body: { code: totp(secret) } };
  },
  listStates: () => ({ path: '/api/states' }),
  getState: () => ({ path: '/api/states/KAZ' }),
  listOrganizations: () => ({ path: '/api/organizations' }),
  getOrganization: () => ({ path: '/api/organizations/CICA' }),
  listMembers: () => ({ path: '/api/organizations/CICA/members' }),
  getCatalogue: () => ({ path: '/api/organizations/CICA/catalogue' }),
  listInstruments: () => ({ path: '/api/instruments' }),
  getInstrument: () => ({ path: '/api/instruments/almaty-act' }),
  listEvents: () => ({ path: '/api/events' }),
  listActors: () => ({ path: '/api/actors' }),
  listCycles: () => ({ path: '/api/cycles' }),
  createCycle: () => ({
    path: '/api/cycles',
    body: {
      id: `authz-cycle-${++unique}`,
      organization: 'CICA',
      year: 2026,
      title: { kk: 'Кезең', ru: 'Цикл', en: 'Cycle' },
      opensOn: '2026-01-01',
      deadline: '2026-12-01',
      dimensions: ['human'],
    },
  }),
  getCycleReports: async () => ({ path: `/api/cycles/${(await buildCycle(t)).id}/reports` }),
  saveDraft: async (actor) => ({
    path: `/api/cycles/${(await buildCycle(t)).id}/reports/${actor.stateId ?? 'KAZ'}/draft`,
    body: { content: SAMPLE_CONTENT, visibility: 'members', revision: 0 },
  }),
  getReport: async () => {
    const report = await buildReport(t, {
      cycle: (await buildCycle(t)).id,
      state: 'CHN',
      visibility: 'public',
      submitted: true,
    });
    return { path: `/api/reports/${report.id}` };
  },
  submitReport: async (actor) => {
    const report = await buildReport(t, {
      cycle: (await buildCycle(t)).id,
      state: actor.stateId ?? 'KAZ',
    });
    return { path: `/api/reports/${report.id}/submit`, body: {} };
  },
  returnReport: async () => {
    const report = await buildReport(t, {
      cycle: (await buildCycle(t)).id,
      state: 'KAZ',
      submitted: true,
    });
    return { path: `/api/reports/${report.id}/return`, body: { comment: 'Please add dates' } };
  },
  listCommitments: () => ({ path: '/api/commitments?year=2026' }),
  declareCommitments: async (actor) => {
    const state = actor.stateId ?? 'KAZ';
    const current = await t.get(`/api/commitments?state=${state}&year=2026`);
    return {
      path: `/api/commitments/${state}/2026`,
      body: { measures: ['military-visits'], basedOn: current.body.items[0]?.declaredAt ?? null },
    };
  },
  getMatrix: async () => ({ path: `/api/matrix?cycle=${(await buildCycle(t)).id}` }),
  diffMatrices: async () => ({
    path: `/api/matrix/diff?cycle=${(await buildCycle(t)).id}&other=${(await buildCycle(t)).id}`,
  }),
  getParticipation: () => ({ path: '/api/statistics/participation' }),
  getDue: () => ({ path: '/api/due' }),
  sendReminders: async () => ({ path: `/api/cycles/${(await buildCycle(t)).id}/reminders` }),
  uploadAttachment: async (actor) => {
    const report = await buildReport(t, {
      cycle: (await buildCycle(t)).id,
      state: actor.stateId ?? 'KAZ',
    });
    return {
      path: `/api/reports/${report.id}/attachments?name=note.txt`,
      body: Buffer.from('Есеп қосымшасы', 'utf8'),
    };
  },
  getAttachment: async () => {
    const cycle = (await buildCycle(t)).id;
    const report = await buildReport(t, { cycle, state: 'CHN', visibility: 'public' });
    const file = await t.app.database.db
      .transaction()
      .execute((trx) =>
        uploadAttachment(trx, SECRETARIAT, report.id, 'note.txt', Buffer.from('text')),
      );
    if ('refused' in file) throw new Error(file.message);
    const entries = [{ ...SAMPLE_CONTENT.entries[0]!, attachments: [file.ok.id] }];
    await t.app.database.db.transaction().execute(async (trx) => {
      await saveDraft(trx, SECRETARIAT, cycle, 'CHN', {
        content: { nilReturn: false, note: '', entries },
        visibility: 'public',
        revision: report.draft!.revision,
      });
      await submitReport(trx, SECRETARIAT, report.id, undefined);
    });
    return { path: `/api/attachments/${file.ok.id}` };
  },
  listPlans: () => ({ path: '/api/plans' }),
  getPlan: async () => ({ path: `/api/plans/${await approvedPlan()}` }),
  createPlan: (actor) => ({ path: '/api/plans', body: { ...PLAN, state: actor.stateId ?? 'KAZ' } }),
  savePlan: async (actor) => {
    const id = await draftPlan(actor.stateId ?? 'KAZ');
    return {
      path: `/api/plans/${id}`,
      body: { ...PLAN, state: actor.stateId ?? 'KAZ', revision: 1 },
    };
  },
  submitPlan: async (actor) => ({
    path: `/api/plans/${await draftPlan(actor.stateId ?? 'KAZ')}/submit`,
  }),
  approvePlan: async () => ({
    path: `/api/plans/${await submittedPlan()}/approve`,
    body: { socMeeting: 'SOC 2025-12' },
  }),
  returnPlan: async () => ({
    path: `/api/plans/${await submittedPlan()}/return`,
    body: { comment: 'More detail' },
  }),
  recordCoordinator: () => ({
    path: '/api/coordinators',
    body: {
      area: 'military-contacts-and-information',
      state: 'THA',
      role: 'co-coordinator',
      socMeeting: 'SOC 2025-12',
    },
  }),
  getPlanOfCbms: () => ({ path: '/api/plan-of-cbms?year=2026' }),
  searchLibrary: () => ({
    path: '/api/search?q=%D2%9B%D0%B0%D1%83%D1%96%D0%BF%D1%81%D1%96%D0%B7%D0%B4%D1%96%D0%BA',
  }),
  listDocuments: () => ({ path: '/api/library/documents' }),
  addDocument: () => ({
    path: '/api/library/documents?name=note.txt',
    body: Buffer.from(`Қазақстан туралы жазба ${uniqueText()}`, 'utf8'),
  }),
  getDocument: async () => ({
    path: `/api/library/documents/${await libraryDocument(SECRETARIAT)}`,
  }),
  getOriginal: async () => ({
    path: `/api/library/documents/${await libraryDocument(SECRETARIAT)}/original`,
  }),
  // Member states correct what they filed themselves; the Secretariat anything.
  updateDocument: async (actor) => ({
    path: `/api/library/documents/${await libraryDocument(actor)}`,
    body: { type: 'statement' },
  }),
  listSuggestions: () => ({ path: '/api/library/suggestions' }),
  confirmSuggestion: async () => ({
    path: `/api/library/suggestions/${await pendingSuggestion()}/confirm`,
    body: {},
  }),
  rejectSuggestion: async () => ({
    path: `/api/library/suggestions/${await pendingSuggestion()}/reject`,
  }),
  listGlossary: () => ({ path: '/api/library/glossary' }),
  saveGlossaryTerm: () => ({
    path: '/api/library/glossary/test-term',
    body: { kk: ['сынақ'], ru: ['испытание'], en: ['test'] },
  }),
  acceptReport: async () => {
    const report = await buildReport(t, {
      cycle: (await buildCycle(t)).id,
      state: 'KAZ',
      submitted: true,
    });
    return { path: `/api/reports/${report.id}/accept` };
  },
};

const PLAN = {
  kind: 'action-plan',
  area: 'military-contacts-and-information',
  title: 'Plan',
  startsYear: 2026,
  endsYear: 2027,
  revision: 0,
};
const SECRETARIAT: Actor = { role: 'admin', accountId: null, stateId: null, organizationId: null };

const uniqueText = () => `${Date.now()}-${++unique}`;

/** A public document filed by the actor (the library refuses the same bytes twice). */
async function libraryDocument(
  actor: Actor,
  visibility: 'public' | 'members' | 'secretariat' = 'public',
): Promise<string> {
  const filed = await t.app.database.db.transaction().execute((trx) =>
    addTextDocument(trx, actor, {
      title: 'Note',
      text: `Қазақстан 2024 жылғы 5 наурызда АӨСШК отырысына қатысты. ${uniqueText()}`,
      visibility,
    }),
  );
  if ('refused' in filed) throw new Error(filed.message);
  return filed.ok.id;
}
async function pendingSuggestion(): Promise<string> {
  const document = await libraryDocument(SECRETARIAT);
  const row = await t.app.database.db
    .selectFrom('library_suggestion')
    .select('id')
    .where('document_id', '=', document)
    .where('kind', '=', 'event')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A draft plan of a state; for a state that does not coordinate the area, the state is made one first. */
async function draftPlan(state: string): Promise<string> {
  const db = t.app.database.db;
  await db.transaction().execute(async (trx) => {
    const coordinates = await trx
      .selectFrom('coordinator_role')
      .select('id')
      .where('state_id', '=', state)
      .where('area_id', '=', PLAN.area)
      .executeTakeFirst();
    if (!coordinates)
      await recordCoordinator(trx, SECRETARIAT, {
        area: PLAN.area,
        state,
        role: 'co-coordinator',
        socMeeting: 'test',
      });
  });
  const plan = await db.transaction().execute((trx) =>
    savePlan(trx, SECRETARIAT, null, {
      ...PLAN,
      kind: 'action-plan',
      state,
      body: '',
      activities: [],
    }),
  );
  if ('refused' in plan) throw new Error(plan.message);
  return plan.ok.id;
}
async function submittedPlan(): Promise<string> {
  const id = await draftPlan('KAZ');
  await t.app.database.db
    .transaction()
    .execute((trx) => decidePlan(trx, SECRETARIAT, id, { to: 'submitted' }));
  return id;
}
async function approvedPlan(): Promise<string> {
  const id = await submittedPlan();
  await t.app.database.db
    .transaction()
    .execute((trx) => decidePlan(trx, SECRETARIAT, id, { to: 'approved', socMeeting: 'SOC' }));
  return id;
}

function expectedStatus(route: AnyRoute, actor: Actor): 'allowed' | 401 | 404 {
  if (can(route.access.policy, actor, route.access.action, undefined)) return 'allowed';
  return actor.accountId === null ? 401 : 404;
}

describe('authorization: every route × every role', () => {
  it('has a policy and an example for every route', () => {
    for (const route of ROUTES) {
      expect(
        route.access?.policy?.[route.access.action],
        `${route.operationId} has no policy rule`,
      ).toBeTypeOf('function');
      expect(
        EXAMPLES[route.operationId],
        `${route.operationId} has no example in the authorization suite`,
      ).toBeDefined();
    }
  });

  const cells = ROUTES.flatMap((route) =>
    ROLES.map((role) => [route.operationId, role, route] as const),
  );
  it.each(cells)('%s as %s', async (_name, role, route) => {
    const actor = actors.get(role)!;
    const example = await EXAMPLES[route.operationId]!(actor);
    // A fresh session per cell: signing out in one cell must not change the next.
    const session = actor.accountId
      ? await openSession(t.app.database.db, actor.accountId)
      : undefined;
    const response = await t.request(route.method, example.path, {
      body: example.body,
      as: session
        ? { cookie: `__Host-senim-session=${session.token}`, csrfToken: session.csrfToken }
        : undefined,
    });
    const expected = expectedStatus(route, actor);
    if (expected === 'allowed')
      expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
    else expect(response.status, JSON.stringify(response.body)).toBe(expected);
  });
});

/**
 * Role × object state: every state a report or a plan can be in, seen by every role, against the
 * policy table's answer for that state (reads of one resource happen in the use case).
 */
describe('authorization: every role × report status and visibility', () => {
  const STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
  const VISIBILITIES = ['public', 'members', 'secretariat'] as const;
  const cells = ROLES.flatMap((role) =>
    STATUSES.flatMap((status) =>
      VISIBILITIES.map((visibility) => [role, status, visibility] as const),
    ),
  );

  it.each(cells)('%s reading a %s report visible to %s', async (role, status, visibility) => {
    const actor = actors.get(role)!;
    const cycle = (await buildCycle(t)).id;
    const report = await buildReport(t, {
      cycle,
      state: 'KAZ',
      visibility,
      submitted: status !== 'draft',
    });
    if (status === 'returned' || status === 'accepted') {
      await t.app.database.db
        .transaction()
        .execute((trx) =>
          reviewReport(
            trx,
            SECRETARIAT,
            report.id,
            status,
            status === 'returned' ? 'Please revise' : null,
          ),
        );
    }
    const session = actor.accountId
      ? await openSession(t.app.database.db, actor.accountId)
      : undefined;
    const response = await t.request('GET', `/api/reports/${report.id}`, {
      as: session
        ? { cookie: `__Host-senim-session=${session.token}`, csrfToken: session.csrfToken }
        : undefined,
    });
    const facts = { state: 'KAZ', status, visibility };
    const seesDraft = can(reportPolicy, actor, 'read-draft', facts);
    const seesVersion = status !== 'draft' && can(reportPolicy, actor, 'read-submitted', facts);
    expect(response.status).toBe(seesDraft || seesVersion ? 200 : 404);
    if (response.status === 200) {
      expect(response.body.draft === null).toBe(!seesDraft);
      expect(response.body.versions.length).toBe(
        seesVersion || (seesDraft && status !== 'draft') ? 1 : 0,
      );
      expect(response.body.abilities).toEqual(abilities(reportPolicy, actor, facts));
    }
  });
});

describe('authorization: every role × plan status', () => {
  const STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
  const cells = ROLES.flatMap((role) => STATUSES.map((status) => [role, status] as const));

  it.each(cells)('%s reading a %s plan', async (role, status) => {
    const actor = actors.get(role)!;
    const id = await draftPlan('KAZ');
    const db = t.app.database.db;
    if (status !== 'draft')
      await db
        .transaction()
        .execute((trx) => decidePlan(trx, SECRETARIAT, id, { to: 'submitted' }));
    if (status === 'returned')
      await db
        .transaction()
        .execute((trx) => decidePlan(trx, SECRETARIAT, id, { to: 'returned', comment: 'More' }));
    if (status === 'approved')
      await db
        .transaction()
        .execute((trx) => decidePlan(trx, SECRETARIAT, id, { to: 'approved', socMeeting: 'SOC' }));
    const session = actor.accountId ? await openSession(db, actor.accountId) : undefined;
    const response = await t.request('GET', `/api/plans/${id}`, {
      as: session
        ? { cookie: `__Host-senim-session=${session.token}`, csrfToken: session.csrfToken }
        : undefined,
    });
    const facts = { state: 'KAZ', status };
    expect(response.status).toBe(can(planPolicy, actor, 'read', facts) ? 200 : 404);
    if (response.status === 200)
      expect(response.body.abilities).toEqual(abilities(planPolicy, actor, facts));
  });
});

describe('authorization: every role × library document visibility', () => {
  const VISIBILITIES = ['public', 'members', 'secretariat'] as const;
  const cells = ROLES.flatMap((role) =>
    VISIBILITIES.map((visibility) => [role, visibility] as const),
  );

  it.each(cells)(
    '%s reading a document visible to %s, and finding it',
    async (role, visibility) => {
      const actor = actors.get(role)!;
      const id = await libraryDocument(SECRETARIAT, visibility);
      const session = actor.accountId
        ? await openSession(t.app.database.db, actor.accountId)
        : undefined;
      const as = session
        ? { cookie: `__Host-senim-session=${session.token}`, csrfToken: session.csrfToken }
        : undefined;
      const allowed = can(libraryPolicy, actor, 'read', { visibility, addedBy: null });
      const response = await t.request('GET', `/api/library/documents/${id}`, { as });
      expect(response.status).toBe(allowed ? 200 : 404);
      const found = await t.request(
        'GET',
        `/api/search?q=${encodeURIComponent('АӨСШК')}&limit=50`,
        {
          as,
        },
      );
      const ids = found.body.items.map((i: { document: string }) => i.document);
      expect(ids.includes(id)).toBe(allowed);
    },
  );
});
