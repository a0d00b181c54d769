import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import type { z } from 'zod';
import { AccountView, TotpEnrolment } from '../../../src/accounts/account.schema.js';
import { RequestFailure, sendJson } from '../api/client.js';
import { FormAlert, FormField } from '../components/form-field.js';
import { failureProblem, useFormProblems } from '../components/form-problems.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useSession } from '../session/session-context.js';

const FIELDS = ['code'] as const;

/** Groups of four, as authenticator apps show and people copy them: 'ABCD EFGH …'. */
export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * The optional second factor: the server makes a secret, the reader types it (or pastes the
 * otpauth link) into an authenticator app and proves it with a code.
 */
export function TwoFactorSection() {
  const { t } = useI18n();
  const session = useSession();
  const { hash } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [enrolment, setEnrolment] = useState<z.infer<typeof TotpEnrolment> | null>(null);
  const [code, setCode] = useState('');
  const [done, setDone] = useState(false);
  const { problems, show, bind } = useFormProblems(FIELDS);
  const enabled = session.account?.totpEnabled ?? false;

  useEffect(() => {
    if (hash === '#two-factor') heading.current?.scrollIntoView();
  }, [hash]);

  const start = async () => {
    setDone(false);
    show({});
    try {
      setEnrolment(await sendJson('POST', '/api/account/totp', TotpEnrolment));
    } catch (error) {
      show({ form: failureProblem(error, t) });
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) return show({ code: { text: t.signIn.badCode } });
    try {
      await sendJson('POST', '/api/account/totp/confirm', AccountView, { code: code.trim() });
      setEnrolment(null);
      setCode('');
      setDone(true);
      show({});
      await session.refresh();
    } catch (error) {
      if (error instanceof RequestFailure && error.field === 'code' && error.status === 400)
        show({ code: { text: t.account.wrongCode } });
      else show({ form: failureProblem(error, t) });
    }
  };

  return (
    <section aria-labelledby="two-factor">
      <h2 id="two-factor" ref={heading}>
        {t.session.twoFactor}
      </h2>
      {done && <p role="status">{t.account.enabled}</p>}
      <p>{enabled ? t.account.twoFactorOn : t.account.twoFactorOff}</p>
      {!enrolment && <FormAlert problem={problems.form} focusRef={bind('form')} />}
      {enrolment ? (
        <ol className="steps">
          <li>
            <p>{t.account.stepKey}</p>
            <p>
              <span className="muted">{t.account.secret}: </span>
              <code className="secret" id="totp-secret">
                {groupSecret(enrolment.secret)}
              </code>
            </p>
          </li>
          <li>
            <p>{t.account.stepUri}</p>
            <p>
              <span className="muted">{t.account.uri}: </span>
              <code className="uri" id="totp-uri">
                {enrolment.uri}
              </code>
            </p>
          </li>
          <li>
            <p>{t.account.stepCode}</p>
            <form className="inline-form totp-form" noValidate onSubmit={confirm}>
              <FormAlert problem={problems.form} focusRef={bind('form')} />
              <FormField id="totp-code" label={t.account.code} problem={problems.code}>
                {(control) => (
                  <input
                    {...control}
                    ref={bind('code')}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    size={8}
                    value={code}
                    onChange={(e) => setCode(e.target.value)}
                  />
                )}
              </FormField>
              <button type="submit" className="primary">
                {t.account.confirm}
              </button>
            </form>
          </li>
        </ol>
      ) : (
        <button type="button" onClick={() => void start()}>
          {enabled ? t.account.restart : t.account.start}
        </button>
      )}
    </section>
  );
}
