import { sql } from 'kysely';
import type { Queryable, Tx } from '../platform/db/database.js';
import type { AccountRow } from '../platform/db/tables.js';
import { appendAuditEntry } from '../platform/audit/audit-entry.js';
import { queueMail } from '../platform/mail/outbox.js';
import type { Actor } from '../platform/auth/actor.js';
import { abilities } from '../platform/auth/policy.js';
import { hashPassword, needsRehash, verifyPassword } from '../platform/auth/password.js';
import {
  hashToken,
  newToken,
  openSession,
  revokeAllSessions,
  revokeSession,
} from '../platform/auth/sessions.js';
import { newTotpSecret, totpUri, verifyTotp } from '../platform/auth/totp.js';
import {
  conflict,
  invalid,
  notFound,
  ok,
  tooMany,
  unauthenticated,
  type Outcome,
} from '../platform/http/route.js';
import { accountPolicy } from './account.policy.js';
import { moduleAbilities } from './module-abilities.js';
import type { AccountView, InviteBody, SessionView, SignInBody } from './account.schema.js';

/** After this many wrong passwords in a row an account locks for LOCK_MINUTES. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;
export const INVITATION_DAYS = 7;

// Verifying against a real hash when the e-mail is unknown keeps both answers equally slow.
const decoyHash = hashPassword('decoy password that matches nothing');

export function toAccountView(
  row: Pick<
    AccountRow,
    'email' | 'name' | 'role' | 'state_id' | 'organization_id' | 'totp_secret'
  > & { id: string },
): AccountView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    state: row.state_id,
    organization: row.organization_id,
    totpEnabled: row.totp_secret !== null,
  };
}

/** What the audit trail keeps of an account: never its password hash or second-factor secret. */
const auditView = (view: AccountView) => ({ ...view });

async function findAccount(db: Queryable, id: string) {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getSession(
  db: Queryable,
  actor: Actor,
  csrfToken: string | null,
): Promise<Outcome<SessionView>> {
  const row = actor.accountId ? await findAccount(db, actor.accountId) : undefined;
  return ok({
    account: row ? toAccountView(row) : null,
    csrfToken: row ? csrfToken : null,
    abilities: abilities(accountPolicy, actor, undefined),
    modules: moduleAbilities(actor),
  });
}

export async function signIn(trx: Tx, input: SignInBody) {
  const row = await trx
    .selectFrom('account')
    .selectAll()
    .where(sql`lower(email)`, '=', input.email)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) {
    await verifyPassword(input.password, await decoyHash);
    return unauthenticated('password', 'wrong e-mail or password');
  }
  if (row.locked_until && new Date(row.locked_until) > new Date()) {
    return tooMany(
      'email',
      `too many wrong passwords; the account is locked until ${row.locked_until.slice(11, 16)} UTC`,
    );
  }
  if (!(await verifyPassword(input.password, row.password_hash))) {
    const failed = row.failed_sign_ins + 1;
    const lock = failed >= MAX_FAILED_SIGN_INS;
    await trx
      .updateTable('account')
      .set({
        failed_sign_ins: lock ? 0 : failed,
        locked_until: lock
          ? new Date(Date.now() + LOCK_MINUTES * 60_000).toISOString()
          : row.locked_until,
      })
      .where('id', '=', row.id)
      .execute();
    return unauthenticated('password', 'wrong e-mail or password');
  }
  if (row.totp_secret) {
    if (!input.code)
      return unauthenticated('code', 'enter the 6-digit code from your authenticator app');
    const step = verifyTotp(row.totp_secret, input.code);
    // A code is good once: a step at or before the last one used is refused.
    if (step === null || (row.totp_last_step !== null && step <= Number(row.totp_last_step))) {
      return unauthenticated('code', 'wrong or already used code');
    }
    await trx
      .updateTable('account')
      .set({ totp_last_step: String(step) })
      .where('id', '=', row.id)
      .execute();
  }
  const rehash = needsRehash(row.password_hash)
    ? await hashPassword(input.password)
    : row.password_hash;
  await trx
    .updateTable('account')
    .set({ failed_sign_ins: 0, locked_until: null, password_hash: rehash })
    .where('id', '=', row.id)
    .execute();
  const session = await openSession(trx, row.id);
  const actor: Actor = {
    role: row.role,
    accountId: row.id,
    stateId: row.state_id,
    organizationId: row.organization_id,
  };
  return ok({
    account: toAccountView(row),
    csrfToken: session.csrfToken,
    abilities: abilities(accountPolicy, actor, undefined),
    modules: moduleAbilities(actor),
    sessionToken: session.token,
  });
}

export async function signOut(trx: Tx, sessionToken: string | null) {
  if (sessionToken) await revokeSession(trx, sessionToken);
  return ok({ signedOut: sessionToken ? 1 : 0 });
}

export async function signOutEverywhere(trx: Tx, actor: Actor) {
  return ok({ signedOut: actor.accountId ? await revokeAllSessions(trx, actor.accountId) : 0 });
}

export async function inviteAccount(trx: Tx, actor: Actor, input: InviteBody) {
  const taken = await trx
    .selectFrom('account')
    .select('id')
    .where(sql`lower(email)`, '=', input.email)
    .executeTakeFirst();
  if (taken) return conflict('email', 'an account with this e-mail exists');
  if (
    input.state &&
    !(await trx.selectFrom('state').select('id').where('id', '=', input.state).executeTakeFirst())
  ) {
    return invalid('state', `no state with id ${input.state}`);
  }
  if (
    input.organization &&
    !(await trx
      .selectFrom('organization')
      .select('id')
      .where('id', '=', input.organization)
      .executeTakeFirst())
  ) {
    return invalid('organization', `no organization with id ${input.organization}`);
  }
  const token = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000).toISOString();
  const invitation = {
    email: input.email,
    role: input.role,
    state_id: input.state ?? null,
    organization_id: input.organization ?? null,
  };
  await trx
    .insertInto('invitation')
    .values({
      ...invitation,
      token_hash: hashToken(token),
      invited_by: actor.accountId,
      expires_at: expiresAt,
    })
    .execute();
  await appendAuditEntry(trx, {
    actor: actor.accountId ?? 'system',
    action: 'create',
    entity: 'invitation',
    entityId: hashToken(token).slice(0, 16),
    before: null,
    after: { ...invitation, expiresAt },
  });
  await queueMail(trx, {
    to: input.email,
    subject: 'Senim: шақыру · приглашение · invitation',
    body: [
      'Сізді Сенім жүйесіне шақырды. Сілтеме бір рет жарамды, жеті күн ішінде ашыңыз.',
      'Вас пригласили в систему «Сенім». Ссылка действует один раз, откройте её в течение семи дней.',
      'You have been invited to Senim. The link works once; open it within seven days.',
    ].join('\n'),
    linkPath: `/invitations/${token}`,
  });
  return ok({ path: `/invitations/${token}`, expiresAt });
}

export async function acceptInvitation(
  trx: Tx,
  token: string,
  input: { name: string; password: string },
) {
  const invitation = await trx
    .selectFrom('invitation')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', sql<string>`now()`)
    .executeTakeFirst();
  if (!invitation) return notFound('token', 'this invitation is unknown, used or expired');
  await trx
    .updateTable('invitation')
    .set({ accepted_at: sql<string>`now()` })
    .where('token_hash', '=', invitation.token_hash)
    .execute();
  const view = await createAccount(trx, invitation.invited_by ?? 'system', {
    email: invitation.email,
    name: input.name,
    role: invitation.role,
    state: invitation.state_id,
    organization: invitation.organization_id,
    password: input.password,
  });
  return ok(view);
}

/** The one way an account comes to exist: `senim admin create`, an accepted invitation, demo data. */
export async function createAccount(
  trx: Tx,
  by: string,
  input: {
    email: string;
    name: string;
    role: AccountRow['role'];
    state: string | null;
    organization: string | null;
    password: string;
  },
): Promise<AccountView> {
  const row = await trx
    .insertInto('account')
    .values({
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      state_id: input.state,
      organization_id: input.organization,
      password_hash: await hashPassword(input.password),
      totp_secret: null,
      totp_pending_secret: null,
      totp_last_step: null,
      locked_until: null,
      disabled_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const view = toAccountView(row);
  await appendAuditEntry(trx, {
    actor: by,
    action: 'create',
    entity: 'account',
    entityId: row.id,
    before: null,
    after: auditView(view),
  });
  return view;
}

export async function listAccounts(db: Queryable) {
  const rows = await db.selectFrom('account').selectAll().orderBy('email').execute();
  return ok({ items: rows.map(toAccountView), total: rows.length });
}

/** Starts second-factor enrolment: the secret is kept pending until a code proves the app has it. */
export async function startTotp(trx: Tx, actor: Actor) {
  const row = await findAccount(trx, actor.accountId!);
  if (!row) return notFound('account', 'no such account');
  const secret = newTotpSecret();
  await trx
    .updateTable('account')
    .set({ totp_pending_secret: secret })
    .where('id', '=', row.id)
    .execute();
  return ok({ secret, uri: totpUri(secret, row.email) });
}

export async function confirmTotp(trx: Tx, actor: Actor, code: string) {
  const row = await findAccount(trx, actor.accountId!);
  if (!row?.totp_pending_secret) return invalid('code', 'start enrolment first');
  const step = verifyTotp(row.totp_pending_secret, code);
  if (step === null) return invalid('code', 'wrong code; check the clock of your device');
  await trx
    .updateTable('account')
    .set({
      totp_secret: row.totp_pending_secret,
      totp_pending_secret: null,
      totp_last_step: String(step),
    })
    .where('id', '=', row.id)
    .execute();
  const before = toAccountView(row);
  const after = { ...before, totpEnabled: true };
  await appendAuditEntry(trx, {
    actor: row.id,
    action: 'update',
    entity: 'account',
    entityId: row.id,
    before: auditView(before),
    after: auditView(after),
  });
  return ok(after);
}
