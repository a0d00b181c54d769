import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Loading } from '../../components/async-content.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { SignInState } from '../sign-in-page.js';
import { useSession } from '../../session/session-context.js';

/**
 * Shows a library page only to whom the server lets do `ability` there; others are asked to sign
 * in, or told the page is not for their role.
 */
export function LibraryGate({
  title,
  ability,
  children,
}: {
  title: string;
  ability: 'add' | 'decide' | 'manage-glossary';
  children: ReactNode;
}) {
  const { t } = useI18n();
  const session = useSession();
  const { pathname } = useLocation();
  const back: SignInState = { from: pathname };
  if (session.status === 'loading') return <Loading />;
  if (session.canIn('library', ability)) return <>{children}</>;
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
