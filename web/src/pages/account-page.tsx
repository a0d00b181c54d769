import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../components/document-title.js';
import { Fact } from '../components/fact.js';
import { ProblemText } from '../components/form-field.js';
import { failureProblem, type Problem } from '../components/form-problems.js';
import { SignInRequired } from '../components/sign-in-required.js';
import { format } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useActingFor, useActors } from '../session/acting-for.js';
import { useSession } from '../session/session-context.js';
import { TwoFactorSection } from './two-factor-section.js';
import type { SignInState } from './sign-in-page.js';

/** The signed-in account: who it is, its second factor and its sessions. */
export function AccountPage() {
  const { t } = useI18n();
  useDocumentTitle(t.account.title);
  return (
    <SignInRequired title={t.account.title}>
      <AccountDetails />
    </SignInRequired>
  );
}

function AccountDetails() {
  const { t } = useI18n();
  const session = useSession();
  const actingFor = useActingFor(useActors());
  const account = session.account;
  if (!account) return null;
  return (
    <>
      <h1>{t.account.title}</h1>
      <section aria-labelledby="profile">
        <h2 id="profile">{t.account.profile}</h2>
        <dl className="facts">
          <Fact term={t.account.name}>{account.name}</Fact>
          <Fact term={t.account.email}>{account.email}</Fact>
          <Fact term={t.account.role}>{t.accountRole[account.role]}</Fact>
          <Fact term={t.account.actsFor}>{actingFor(account)}</Fact>
        </dl>
      </section>
      <TwoFactorSection />
      <SessionsSection />
    </>
  );
}

function SessionsSection() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);

  const signOutEverywhere = async () => {
    try {
      const count = await session.signOut(true);
      const state: SignInState = {
        notice: format(t.session.signedOutEverywhere, { count }),
      };
      navigate('/sign-in', { state });
    } catch (error) {
      setProblem(failureProblem(error, t));
    }
  };

  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">{t.account.sessions}</h2>
      <p>{t.account.sessionsHint}</p>
      {problem && (
        <p className="failure" role="alert">
          <ProblemText problem={problem} />
        </p>
      )}
      <button type="button" onClick={() => void signOutEverywhere()}>
        {t.session.signOutEverywhere}
      </button>
    </section>
  );
}
