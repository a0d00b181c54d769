import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context.js';
import { useSession } from '../session/session-context.js';
import type { SignInState } from '../pages/sign-in-page.js';
import { format } from '../i18n/format.js';
import { failureProblem, type Problem } from './form-problems.js';
import { ProblemText } from './form-field.js';

/**
 * The header's account corner: a sign-in link for the public; for an account, its name and role
 * opening a menu (a native disclosure, so it works with keyboard and screen readers as is).
 */
export function AccountMenu() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const { pathname, hash } = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  // Following a link of the menu closes it.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname, hash]);

  // So does a click or tap anywhere else, as with any menu.
  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      const details = menu.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, []);

  if (session.status === 'loading') return null;
  const account = session.account;
  if (!account) {
    return (
      <Link className="header-link" to="/sign-in" state={returnTo(pathname)}>
        {t.session.signIn}
      </Link>
    );
  }

  const signOut = async (everywhere: boolean) => {
    try {
      const count = await session.signOut(everywhere);
      const state: SignInState = {
        notice: everywhere ? format(t.session.signedOutEverywhere, { count }) : t.session.signedOut,
      };
      setProblem(null);
      navigate('/sign-in', { state });
    } catch (error) {
      setProblem(failureProblem(error, t));
    }
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };

  return (
    <details className="account-menu" ref={menu} onKeyDown={closeOnEscape}>
      <summary aria-label={`${t.session.menu}: ${account.name}, ${t.accountRole[account.role]}`}>
        <span className="account-menu__name">{account.name}</span>
        <span className="account-menu__role">{t.accountRole[account.role]}</span>
      </summary>
      <ul className="account-menu__items">
        <li>
          <Link to="/account">{t.session.account}</Link>
        </li>
        <li>
          <Link to="/account#two-factor">{t.session.twoFactor}</Link>
        </li>
        {session.can('list') && (
          <li>
            <Link to="/admin/accounts">{t.session.accounts}</Link>
          </li>
        )}
        <li>
          <button type="button" onClick={() => void signOut(false)}>
            {t.session.signOut}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => void signOut(true)}>
            {t.session.signOutEverywhere}
          </button>
        </li>
        {problem && (
          <li role="alert">
            <ProblemText problem={problem} />
          </li>
        )}
      </ul>
    </details>
  );
}

/** Signing in from a page comes back to it; from the sign-in page itself, to the account. */
function returnTo(pathname: string): SignInState {
  return pathname === '/sign-in' ? {} : { from: pathname };
}
