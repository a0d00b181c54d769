import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-context.js';
import { useSession, type AccountAbility } from '../session/session-context.js';
import type { SignInState } from '../pages/sign-in-page.js';
import { Loading } from './async-content.js';

/**
 * Shows its content only to whom the server's policy allows (`ability`, or `allowed` when a
 * module's own abilities decide), or to anyone signed in; others are asked to sign in or told the
 * page is not for their role.
 */
export function SignInRequired({
  title,
  ability,
  allowed,
  children,
}: {
  title: string;
  ability?: AccountAbility;
  allowed?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const session = useSession();
  const { pathname } = useLocation();
  const back: SignInState = { from: pathname };
  if (session.status === 'loading') return <Loading />;
  const permitted = allowed ?? (!ability || session.can(ability));
  if (session.account && permitted) return <>{children}</>;
  return (
    <>
      <h1>{title}</h1>
      {session.account ? (
        <p>{t.session.notAllowed}</p>
      ) : (
        <p>
          {t.session.signInRequired}{' '}
          <Link to="/sign-in" state={back}>
            {t.session.signIn}
          </Link>
        </p>
      )}
    </>
  );
}
