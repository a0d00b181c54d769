import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Queryable } from '../db/database.js';
import type { Actor } from './actor.js';

/**
 * Sessions live in the database, found by the SHA-256 of the token in the cookie. `__Host-` binds the
 * cookie to this origin (Secure, Path=/, no Domain); HttpOnly keeps it from scripts; SameSite=Lax
 * keeps it off cross-site posts.
 */
export const SESSION_COOKIE = '__Host-senim-session';
/** A session ends after this long without a request… */
export const IDLE_TIMEOUT_MINUTES = 30;
/** …and in any case this long after sign-in. */
export const ABSOLUTE_TIMEOUT_HOURS = 12;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export interface OpenedSession {
  token: string;
  csrfToken: string;
}

export async function openSession(
  db: Queryable,
  accountId: string,
  now = new Date(),
): Promise<OpenedSession> {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('session')
    .values({
      token_hash: hashToken(token),
      account_id: accountId,
      csrf_token: csrfToken,
      expires_at: new Date(now.getTime() + ABSOLUTE_TIMEOUT_HOURS * 3_600_000).toISOString(),
    })
    .execute();
  return { token, csrfToken };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

/** The live session for a token, or null when it is unknown, revoked, idle too long or expired. */
export async function resolveSession(
  db: Queryable,
  token: string,
): Promise<ResolvedSession | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('session as s')
    .innerJoin('account as a', 'a.id', 's.account_id')
    .select(['a.id', 'a.role', 'a.state_id', 'a.organization_id', 's.csrf_token', 's.last_seen_at'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('a.disabled_at', 'is', null)
    .where('s.expires_at', '>', sql<string>`now()`)
    .where(
      's.last_seen_at',
      '>',
      sql<string>`now() - make_interval(mins => ${IDLE_TIMEOUT_MINUTES})`,
    )
    .executeTakeFirst();
  if (!row) return null;
  // Touch at most once a minute: enough for the idle timeout, without a write per request.
  if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000) {
    await db
      .updateTable('session')
      .set({ last_seen_at: sql<string>`now()` })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return {
    actor: {
      role: row.role,
      accountId: row.id,
      stateId: row.state_id,
      organizationId: row.organization_id,
    },
    csrfToken: row.csrf_token,
  };
}

export async function revokeSession(db: Queryable, token: string): Promise<void> {
  await db
    .updateTable('session')
    .set({ revoked_at: sql<string>`now()` })
    .where('token_hash', '=', hashToken(token))
    .execute();
}

/** Sign-out everywhere: every session of the account ends now. */
export async function revokeAllSessions(db: Queryable, accountId: string): Promise<number> {
  const result = await db
    .updateTable('session')
    .set({ revoked_at: sql<string>`now()` })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
