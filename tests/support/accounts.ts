import type { AccountView } from '../../src/accounts/account.schema.js';
import { createAccount } from '../../src/accounts/account.use-cases.js';
import type { AccountRole } from '../../src/platform/db/tables.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;

/** An account of the given role (bound to KAZ when the role needs a state), made as the CLI would. */
export async function buildAccount(
  t: TestApp,
  role: AccountRole,
  overrides: Partial<{ email: string; state: string | null; organization: string | null }> = {},
): Promise<AccountView> {
  counter += 1;
  const needsState = role === 'focal-point' || role === 'contributor' || role === 'observer';
  return t.app.database.db.transaction().execute((trx) =>
    createAccount(trx, 'test', {
      email: overrides.email ?? `${role}-${counter}@example.org`,
      name: `${role} ${counter}`,
      role,
      state:
        overrides.state !== undefined
          ? overrides.state
          : needsState
            ? role === 'observer'
              ? 'JPN'
              : 'KAZ'
            : null,
      organization: overrides.organization ?? null,
      password: TEST_PASSWORD,
    }),
  );
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Signs in through the API, as a browser would, and keeps the cookie and CSRF token. */
export async function signIn(
  t: TestApp,
  email: string,
  password = TEST_PASSWORD,
  code?: string,
): Promise<Session> {
  const response = await t.request('POST', '/api/session', {
    body: { email, password, ...(code ? { code } : {}) },
  });
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0]!, csrfToken: response.body.csrfToken as string };
}
