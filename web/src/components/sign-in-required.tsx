import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-context.js';
import { useSession, type AccountAbility } from '../session/session-context.js';
import { Loading } from './async-content.js';

/**
 * Shows its content only to whom the server's policy allows (`ability`), or to anyone signed in;
 * others are asked to sign in or told the page is not for their role.
 */
export function SignInRequired({
  title,
  ability,
  children,
}: {
  title: string;
  ability?: AccountAbility;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  if (session.account && (!ability || session.can(ability))) return <>{children}</>;
  return (
    <>
      <h1>{title}</h1>
      {session.account ? (
        <p>{t.session.notAllowed}</p>
      ) : (
        <p>
          {t.session.signInRequired} <Link to="/sign-in">{t.session.signIn}</Link>
        </p>
      )}
    </>
  );
}
