import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/platform/auth/sessions.js';
import { listAuditEntries } from '../../src/platform/audit/audit-entry.js';
import { totp } from '../../src/platform/auth/totp.js';
import { buildAccount, signIn, TEST_PASSWORD } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

describe('sign-in and sessions', () => {
  it('sets a __Host- session cookie that is HttpOnly, Secure and SameSite, and knows who is signed in', async () => {
    const admin = await buildAccount(t, 'admin');
    const response = await t.request('POST', '/api/session', {
      body: { email: admin.email, password: TEST_PASSWORD },
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^__Host-senim-session=[\w-]{43};/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(response.body).not.toHaveProperty('sessionToken');
    const me = await t.request('GET', '/api/session', {
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(me.body.account.email).toBe(admin.email);
    expect(me.body.abilities).toMatchObject({ invite: true, list: true });
    const anonymous = await t.get('/api/session');
    expect(me.body.modules.plans).toMatchObject({ edit: true, 'choose-state': true });
    expect(anonymous.body.modules.plans).toMatchObject({ edit: false, 'choose-state': false });
    expect(anonymous.body).toMatchObject({
      account: null,
      csrfToken: null,
      abilities: { invite: false, 'sign-in': true },
    });
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const officer = await buildAccount(t, 'officer');
    const wrong = await t.request('POST', '/api/session', {
      body: { email: officer.email, password: 'not the password' },
    });
    const unknown = await t.request('POST', '/api/session', {
      body: { email: 'nobody@example.org', password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('locks an account after five wrong passwords, even against the right one', async () => {
    const officer = await buildAccount(t, 'officer');
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await t.request('POST', '/api/session', {
            body: { email: officer.email, password: `wrong ${i}` },
          })
        ).status,
      ).toBe(401);
    }
    const locked = await t.request('POST', '/api/session', {
      body: { email: officer.email, password: TEST_PASSWORD },
    });
    expect(locked.status).toBe(429);
    expect(locked.body.error.message).toMatch(/locked until/);
  });

  it('refuses state-changing requests without the CSRF header or from another origin', async () => {
    const admin = await buildAccount(t, 'admin');
    const session = await signIn(t, admin.email);
    const body = { email: 'someone@example.org', role: 'officer' };
    const noCsrf = await t.request('POST', '/api/invitations', {
      body,
      headers: { cookie: session.cookie },
    });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.field).toBe('x-csrf-token');
    const crossOrigin = await t.request('POST', '/api/invitations', {
      body,
      as: session,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossOrigin.status).toBe(403);
    const notJson = await t.request('POST', '/api/invitations', {
      body: 'email=x',
      as: session,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(notJson.status).toBe(415);
  });

  it('signs out of one session, and everywhere', async () => {
    const officer = await buildAccount(t, 'officer');
    const first = await signIn(t, officer.email);
    const second = await signIn(t, officer.email);
    const third = await signIn(t, officer.email);
    expect((await t.request('DELETE', '/api/session', { as: first })).status).toBe(200);
    expect(
      (await t.request('GET', '/api/session', { headers: { cookie: first.cookie } })).body.account,
    ).toBeNull();
    expect(
      (await t.request('GET', '/api/session', { headers: { cookie: second.cookie } })).body.account,
    ).not.toBeNull();
    const everywhere = await t.request('POST', '/api/session/sign-out-everywhere', { as: second });
    expect(everywhere.body.signedOut).toBe(2);
    expect(
      (await t.request('GET', '/api/session', { headers: { cookie: third.cookie } })).body.account,
    ).toBeNull();
  });
});

describe('session timeouts', () => {
  it('ends a session idle for more than 30 minutes, and any session 12 hours after sign-in', async () => {
    const officer = await buildAccount(t, 'officer');
    const idle = await signIn(t, officer.email);
    const old = await signIn(t, officer.email);
    const fresh = await signIn(t, officer.email);
    const db = t.app.database.db;
    const token = (s: { cookie: string }) => s.cookie.split('=')[1]!;
    await db
      .updateTable('session')
      .set({ last_seen_at: sql<string>`now() - interval '31 minutes'` })
      .where('token_hash', '=', hashToken(token(idle)))
      .execute();
    await db
      .updateTable('session')
      .set({ expires_at: sql<string>`now() - interval '1 second'` })
      .where('token_hash', '=', hashToken(token(old)))
      .execute();
    const who = async (s: { cookie: string }) =>
      (await t.request('GET', '/api/session', { headers: { cookie: s.cookie } })).body.account;
    expect(await who(idle)).toBeNull();
    expect(await who(old)).toBeNull();
    expect((await who(fresh)).email).toBe(officer.email);
  });
});

describe('invitations', () => {
  it('lets an administrator invite a focal point by a one-time link', async () => {
    const admin = await buildAccount(t, 'admin');
    const session = await signIn(t, admin.email);
    const invited = await t.request('POST', '/api/invitations', {
      body: { email: 'Focal@KAZ.example', role: 'focal-point', state: 'KAZ' },
      as: session,
    });
    expect(invited.status).toBe(200);
    const token = invited.body.path.split('/').pop();
    const accepted = await t.request('POST', `/api/invitations/${token}`, {
      body: { name: 'Айгерім', password: 'a long enough password' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      email: 'focal@kaz.example',
      role: 'focal-point',
      state: 'KAZ',
    });
    const again = await t.request('POST', `/api/invitations/${token}`, {
      body: { name: 'x', password: 'a long enough password' },
    });
    expect(again.status).toBe(404);
    await signIn(t, 'focal@kaz.example', 'a long enough password');
    const taken = await t.request('POST', '/api/invitations', {
      body: { email: 'focal@kaz.example', role: 'officer' },
      as: session,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'conflict', field: 'email' });
  });

  it('names the field of a bad invitation', async () => {
    const admin = await buildAccount(t, 'admin');
    const session = await signIn(t, admin.email);
    const cases: [unknown, string][] = [
      [{ email: 'not-an-email', role: 'officer' }, 'email'],
      [{ email: 'a@b.org', role: 'king' }, 'role'],
      [{ email: 'a@b.org', role: 'focal-point' }, 'state'],
      [{ email: 'a@b.org', role: 'focal-point', state: 'XYZ' }, 'state'],
      [{ email: 'a@b.org', role: 'officer', extra: 1 }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const response = await t.request('POST', '/api/invitations', { body, as: session });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.field, JSON.stringify(body)).toBe(field);
    }
    const short = await t.request('POST', '/api/invitations/' + 'x'.repeat(43), {
      body: { name: 'x', password: 'short' },
    });
    expect(short.body.error.field).toBe('password');
  });

  it('keeps invitations to administrators: others see nothing, the public is asked to sign in', async () => {
    const officer = await buildAccount(t, 'officer');
    const session = await signIn(t, officer.email);
    const body = { email: 'x@example.org', role: 'officer' };
    expect((await t.request('POST', '/api/invitations', { body, as: session })).status).toBe(404);
    expect((await t.request('POST', '/api/invitations', { body })).status).toBe(401);
  });

  it('audits account creation without the password hash', async () => {
    const entries = await listAuditEntries(t.app.database.db, { entity: 'account' });
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(JSON.stringify(entry.after)).not.toMatch(/scrypt|password/);
  });
});

describe('second factor (TOTP)', () => {
  it('enrols an authenticator app, then asks for a code at sign-in and refuses a code used twice', async () => {
    const focal = await buildAccount(t, 'focal-point');
    const session = await signIn(t, focal.email);
    const enrolment = await t.request('POST', '/api/account/totp', { as: session });
    expect(enrolment.body.uri).toMatch(/^otpauth:\/\/totp\/Senim/);
    expect(
      (
        await t.request('POST', '/api/account/totp/confirm', {
          body: { code: '000000' },
          as: session,
        })
      ).status,
    ).toBe(400);
    // Confirming uses the current step; sign-in then needs the next one (a code is good once).
    const now = Date.now();
    const confirmed = await t.request('POST', '/api/account/totp/confirm', {
      body: { code: totp(enrolment.body.secret, now) },
      as: session,
    });
    expect(confirmed.body.totpEnabled).toBe(true);
    const noCode = await t.request('POST', '/api/session', {
      body: { email: focal.email, password: TEST_PASSWORD },
    });
    expect(noCode.status).toBe(401);
    expect(noCode.body.error.field).toBe('code');
    const reused = await t.request('POST', '/api/session', {
      body: { email: focal.email, password: TEST_PASSWORD, code: totp(enrolment.body.secret, now) },
    });
    expect(reused.status).toBe(401);
    await signIn(t, focal.email, TEST_PASSWORD, totp(enrolment.body.secret, now + 30_000));
  });
});

// Last in the file: it uses up this address's sign-in attempts.
describe('rate limit on sign-in', () => {
  it('answers 429 once an address has made 30 attempts in ten minutes, whatever the accounts', async () => {
    // Earlier tests of this file signed in from the same address, so the limit comes sooner.
    const statuses: number[] = [];
    for (let i = 0; i < 31 && !statuses.includes(429); i++) {
      const response = await t.request('POST', '/api/session', {
        body: { email: `nobody${i}@example.org`, password: 'wrong password' },
      });
      statuses.push(response.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
  });
});
