import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-context.js';
import { AccountMenu } from './account-menu.js';
import { LanguageSwitcher } from './language-switcher.js';

export function Layout() {
  const { t } = useI18n();
  const main = useRef<HTMLElement>(null);
  const { pathname, hash } = useLocation();
  const shown = useRef(pathname);

  // After a client-side navigation, start at the top and move focus to the new page's content,
  // as a full page load would; the first load keeps the browser's own behaviour.
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (!hash) window.scrollTo(0, 0);
    main.current?.focus();
  }, [pathname, hash]);

  const links = [
    { to: '/', label: t.nav.home, end: true },
    { to: '/organizations', label: t.nav.organizations, end: false },
    { to: '/states', label: t.nav.states, end: false },
    { to: '/instruments', label: t.nav.instruments, end: false },
    { to: '/timeline', label: t.nav.timeline, end: false },
    { to: '/reports', label: t.reportNav.reports, end: false },
    { to: '/matrix', label: t.reportNav.matrix, end: false },
    { to: '/dashboard', label: t.reportNav.dashboard, end: false },
    { to: '/plans', label: t.planNav.plans, end: false },
    { to: '/plan-of-cbms', label: t.planNav.planOfCbms, end: false },
    { to: '/commitments', label: t.planNav.commitments, end: false },
    { to: '/library', label: t.libraryNav.library, end: false },
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-title">
            <NavLink to="/">{t.appName}</NavLink>
            <span className="site-tagline">{t.appTagline}</span>
          </p>
          <div className="site-header__tools">
            <LanguageSwitcher />
            <AccountMenu />
          </div>
        </div>
        <nav aria-label={t.nav.label} className="site-nav">
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t.footer.about}</p>
        <p>{t.footer.data}</p>
      </footer>
    </>
  );
}
