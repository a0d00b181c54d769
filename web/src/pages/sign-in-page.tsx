import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { SessionView } from '../../../src/accounts/account.schema.js';
import { RequestFailure, sendJson } from '../api/client.js';
import { useDocumentTitle } from '../components/document-title.js';
import { FormAlert, FormField } from '../components/form-field.js';
import {
  failureProblem,
  looksLikeEmail,
  useFormProblems,
  type Problems,
} from '../components/form-problems.js';
import { format } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Messages } from '../i18n/kk.js';
import { useSession } from '../session/session-context.js';

const FIELDS = ['email', 'password', 'code'] as const;
type Field = (typeof FIELDS)[number];

/** What the pages that send here may say: why the reader is here, the e-mail to fill in. */
export interface SignInState {
  notice?: string;
  email?: string;
  /** The page to return to once signed in (a path of this site). */
  from?: string;
}

export function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t.signIn.title);
  const session = useSession();
  const arrived = (useLocation().state ?? {}) as SignInState;

  return (
    <>
      <h1>{t.signIn.title}</h1>
      {arrived.notice && <p role="status">{arrived.notice}</p>}
      {session.account ? (
        <p>
          {format(t.signIn.already, { name: session.account.name })}{' '}
          <Link to="/account">{t.signIn.toAccount}</Link>
        </p>
      ) : (
        <SignInForm />
      )}
    </>
  );
}

function SignInForm() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const arrived = (useLocation().state ?? {}) as SignInState;
  const [email, setEmail] = useState(arrived.email ?? '');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // The server asks for the code only of accounts that have a second factor.
  const [askCode, setAskCode] = useState(false);
  const [sending, setSending] = useState(false);
  const { problems, show, bind } = useFormProblems(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check({ email, password, code, askCode }, t);
    show(found);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    try {
      const body = { email: email.trim(), password, ...(askCode ? { code: code.trim() } : {}) };
      session.accept(await sendJson('POST', '/api/session', SessionView, body));
      navigate(arrived.from?.startsWith('/') ? arrived.from : '/account');
    } catch (error) {
      if (error instanceof RequestFailure && error.field === 'code') {
        setAskCode(true);
        setCode('');
        show({ code: { text: askCode ? t.signIn.wrongCode : t.signIn.codeNeeded } });
      } else if (error instanceof RequestFailure && error.status === 401) {
        setPassword('');
        show({ password: { text: t.signIn.wrongPassword } });
      } else if (error instanceof RequestFailure && error.status === 429) {
        show({ form: { text: t.signIn.locked } });
      } else {
        show({ [fieldOf(error) ?? 'form']: failureProblem(error, t) });
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <p className="lead">{t.signIn.lead}</p>
      <form className="stacked-form" noValidate onSubmit={submit}>
        <FormAlert problem={problems.form} focusRef={bind('form')} />
        <FormField id="sign-in-email" label={t.signIn.email} problem={problems.email}>
          {(control) => (
            <input
              {...control}
              ref={bind('email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </FormField>
        <FormField id="sign-in-password" label={t.signIn.password} problem={problems.password}>
          {(control) => (
            <input
              {...control}
              ref={bind('password')}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FormField>
        {askCode && (
          <FormField
            id="sign-in-code"
            label={t.signIn.code}
            hint={t.signIn.codeHint}
            problem={problems.code}
          >
            {(control) => (
              <input
                {...control}
                ref={bind('code')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                required
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </FormField>
        )}
        <p className="form-actions">
          <button type="submit" className="primary" disabled={sending}>
            {sending ? t.form.sending : t.signIn.submit}
          </button>
        </p>
      </form>
      <p className="hint">{t.signIn.noAccount}</p>
    </>
  );
}

function check(
  input: { email: string; password: string; code: string; askCode: boolean },
  t: Messages,
): Problems<Field> {
  const found: Problems<Field> = {};
  if (!input.email.trim()) found.email = { text: t.form.required };
  else if (!looksLikeEmail(input.email)) found.email = { text: t.form.badEmail };
  if (!input.password) found.password = { text: t.form.required };
  if (input.askCode && !/^\d{6}$/.test(input.code.trim())) found.code = { text: t.signIn.badCode };
  return found;
}

/** The field a failure names, when it is one of this form's. */
function fieldOf(error: unknown): Field | undefined {
  const field = error instanceof RequestFailure ? error.field : undefined;
  return (FIELDS as readonly string[]).includes(field ?? '') ? (field as Field) : undefined;
}
