import { useState, type FormEvent } from 'react';
import {
  ACCOUNT_ROLES,
  ACTS_FOR,
  actsForProblem,
  InvitationCreated,
} from '../../../src/accounts/account.schema.js';
import { RequestFailure, sendJson } from '../api/client.js';
import { FormAlert, FormField } from '../components/form-field.js';
import {
  failureProblem,
  looksLikeEmail,
  useFormProblems,
  type Problems,
} from '../components/form-problems.js';
import type { AccountRole } from '../i18n/domain-terms.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Messages } from '../i18n/kk.js';
import type { Actors } from '../session/acting-for.js';
import { InvitationLink } from './invitation-link.js';
import { OrganizationSelect, StateSelect } from './invite-fields.js';

const FIELDS = ['email', 'role', 'state', 'organization'] as const;
export type Field = (typeof FIELDS)[number];

export interface Draft {
  email: string;
  role: AccountRole;
  state: string;
  organization: string;
}

/** Whether the role acts for a state (and so the form asks for one), by the server's own rule. */
const forState = (role: AccountRole) => ACTS_FOR[role] !== 'nobody';

/** Administrators invite by a one-time link, shown once here, since no e-mail is sent yet. */
export function InviteForm({ actors }: { actors: Actors }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>({
    email: '',
    role: 'focal-point',
    state: '',
    organization: '',
  });
  const [sending, setSending] = useState(false);
  const [invited, setInvited] = useState<{ email: string; link: string; expiresAt: string } | null>(
    null,
  );
  const { problems, show, bind } = useFormProblems(FIELDS);
  const edit = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft, t);
    show(found);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    try {
      const body = {
        email: draft.email.trim(),
        role: draft.role,
        ...(forState(draft.role) && draft.state ? { state: draft.state } : {}),
        ...(ACTS_FOR[draft.role] === 'state-or-organization' && draft.organization
          ? { organization: draft.organization }
          : {}),
      };
      const created = await sendJson('POST', '/api/invitations', InvitationCreated, body);
      setInvited({
        email: body.email,
        link: new URL(created.path, window.location.origin).href,
        expiresAt: created.expiresAt,
      });
      setDraft((d) => ({ ...d, email: '' }));
    } catch (error) {
      show(serverProblems(error, t));
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="invite">
      <h2 id="invite">{t.accounts.invite}</h2>
      <p>{t.accounts.inviteLead}</p>
      {invited && <InvitationLink key={invited.link} {...invited} />}
      <form className="stacked-form" noValidate onSubmit={submit}>
        <FormAlert problem={problems.form} focusRef={bind('form')} />
        <FormField id="invite-email" label={t.accounts.email} problem={problems.email}>
          {(control) => (
            <input
              {...control}
              ref={bind('email')}
              type="email"
              autoComplete="off"
              required
              value={draft.email}
              onChange={(e) => edit({ email: e.target.value })}
            />
          )}
        </FormField>
        <FormField id="invite-role" label={t.accounts.role} problem={problems.role}>
          {(control) => (
            <select
              {...control}
              ref={bind('role')}
              value={draft.role}
              onChange={(e) => edit({ role: e.target.value as AccountRole })}
            >
              {ACCOUNT_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t.accountRole[role]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {forState(draft.role) && (
          <StateSelect
            actors={actors}
            draft={draft}
            edit={edit}
            problem={problems.state}
            bind={bind}
          />
        )}
        {ACTS_FOR[draft.role] === 'state-or-organization' && (
          <OrganizationSelect
            actors={actors}
            draft={draft}
            edit={edit}
            problem={problems.organization}
            bind={bind}
          />
        )}
        <p className="form-actions">
          <button type="submit" className="primary" disabled={sending}>
            {sending ? t.form.sending : t.accounts.submit}
          </button>
        </p>
      </form>
    </section>
  );
}

function check(draft: Draft, t: Messages): Problems<Field> {
  const found: Problems<Field> = {};
  if (!draft.email.trim()) found.email = { text: t.form.required };
  else if (!looksLikeEmail(draft.email)) found.email = { text: t.form.badEmail };
  // The rule is the server's (actsForProblem); only the wording is the form's.
  if (actsForProblem(draft.role, draft.state || undefined, draft.organization || undefined)) {
    found.state = {
      text:
        ACTS_FOR[draft.role] === 'state-or-organization'
          ? t.accounts.observerOne
          : t.accounts.stateRequired,
    };
  }
  return found;
}

/** The server's refusal, on the field it names when this form has that field. */
function serverProblems(error: unknown, t: Messages): Problems<Field> {
  if (!(error instanceof RequestFailure)) return { form: failureProblem(error, t) };
  // An e-mail the client let through is refused for being taken far more often than malformed.
  if (error.field === 'email' && error.code === 'conflict')
    return { email: { text: t.accounts.emailTaken } };
  const field = FIELDS.find((name) => name === error.field);
  return field ? { [field]: failureProblem(error, t) } : { form: failureProblem(error, t) };
}
