import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { AccountView } from '../../../src/accounts/account.schema.js';
import { RequestFailure, sendJson } from '../api/client.js';
import { useDocumentTitle } from '../components/document-title.js';
import { FormAlert, FormField } from '../components/form-field.js';
import { failureProblem, useFormProblems, type Problems } from '../components/form-problems.js';
import { format } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Messages } from '../i18n/kk.js';
import type { SignInState } from './sign-in-page.js';

const FIELDS = ['name', 'password', 'repeat'] as const;
type Field = (typeof FIELDS)[number];
/** As the server's NewPassword: long rather than complex. */
const MIN_PASSWORD = 12;
const MAX_PASSWORD = 200;

/** Where an invitee chooses a name and password; the account then exists and they sign in. */
export function InvitationPage() {
  const { t } = useI18n();
  useDocumentTitle(t.invitation.title);
  const { token = '' } = useParams();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [sending, setSending] = useState(false);
  const [created, setCreated] = useState<AccountView | null>(null);
  const { problems, show, bind } = useFormProblems(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check({ name, password, repeat }, t);
    show(found);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    try {
      const path = `/api/invitations/${encodeURIComponent(token)}`;
      setCreated(await sendJson('POST', path, AccountView, { name: name.trim(), password }));
    } catch (error) {
      const field = error instanceof RequestFailure ? error.field : undefined;
      if (error instanceof RequestFailure && (error.status === 404 || field === 'token'))
        show({ form: { text: t.invitation.expired } });
      else if (field === 'name' || field === 'password')
        show({ [field]: failureProblem(error, t) });
      else show({ form: failureProblem(error, t) });
    } finally {
      setSending(false);
    }
  };

  if (created) {
    const state: SignInState = { email: created.email };
    return (
      <>
        <h1>{t.invitation.title}</h1>
        <p role="status">{format(t.invitation.done, { email: created.email })}</p>
        <p>
          <Link to="/sign-in" state={state}>
            {t.session.signIn}
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{t.invitation.title}</h1>
      <p className="lead">{t.invitation.lead}</p>
      <form className="stacked-form" noValidate onSubmit={submit}>
        <FormAlert problem={problems.form} focusRef={bind('form')} />
        <FormField
          id="invitation-name"
          label={t.invitation.name}
          hint={t.invitation.nameHint}
          problem={problems.name}
        >
          {(control) => (
            <input
              {...control}
              ref={bind('name')}
              autoComplete="name"
              required
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="invitation-password"
          label={t.invitation.password}
          hint={t.invitation.passwordHint}
          problem={problems.password}
        >
          {(control) => (
            <input
              {...control}
              ref={bind('password')}
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_PASSWORD}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FormField>
        <FormField id="invitation-repeat" label={t.invitation.repeat} problem={problems.repeat}>
          {(control) => (
            <input
              {...control}
              ref={bind('repeat')}
              type="password"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          )}
        </FormField>
        <p className="form-actions">
          <button type="submit" className="primary" disabled={sending}>
            {sending ? t.form.sending : t.invitation.submit}
          </button>
        </p>
      </form>
    </>
  );
}

function check(
  input: { name: string; password: string; repeat: string },
  t: Messages,
): Problems<Field> {
  const found: Problems<Field> = {};
  if (!input.name.trim()) found.name = { text: t.form.required };
  if (input.password.length < MIN_PASSWORD) found.password = { text: t.invitation.tooShort };
  else if (input.password.length > MAX_PASSWORD) found.password = { text: t.invitation.tooLong };
  else if (input.repeat !== input.password) found.repeat = { text: t.invitation.mismatch };
  return found;
}
