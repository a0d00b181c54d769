import { ACTS_FOR } from '../../../src/accounts/account.schema.js';
import { FormField } from '../components/form-field.js';
import type { Problem } from '../components/form-problems.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Actors } from '../session/acting-for.js';
import type { Draft, Field } from './invite-form.js';

interface SelectProps {
  actors: Actors;
  draft: Draft;
  edit(change: Partial<Draft>): void;
  problem: Problem | undefined;
  bind(name: Field): (element: HTMLElement | null) => void;
}

/** The state a focal point, contributor or observer acts for; today's states only. */
export function StateSelect({ actors, draft, edit, problem, bind }: SelectProps) {
  const { t, text, compare } = useI18n();
  const observer = ACTS_FOR[draft.role] === 'state-or-organization';
  const states =
    actors.states.state === 'ready'
      ? actors.states.data.items
          .filter((s) => !s.historical)
          .map((s) => ({ id: s.id, name: text(s.name) }))
          .sort((a, b) => compare(a.name, b.name))
      : [];
  return (
    <FormField
      id="invite-state"
      label={t.accounts.state}
      hint={observer ? t.accounts.observerHint : undefined}
      problem={problem}
    >
      {(control) => (
        <select
          {...control}
          ref={bind('state')}
          value={draft.state}
          onChange={(e) => edit({ state: e.target.value })}
        >
          <option value="">{observer ? t.accounts.none : t.accounts.choose}</option>
          {states.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The organisation an observer acts for, instead of a state. */
export function OrganizationSelect({ actors, draft, edit, problem, bind }: SelectProps) {
  const { t, text, compare } = useI18n();
  const organizations =
    actors.organizations.state === 'ready'
      ? actors.organizations.data.items
          .map((o) => ({ id: o.id, name: text(o.name) }))
          .sort((a, b) => compare(a.name, b.name))
      : [];
  return (
    <FormField id="invite-organization" label={t.accounts.organization} problem={problem}>
      {(control) => (
        <select
          {...control}
          ref={bind('organization')}
          value={draft.organization}
          onChange={(e) => edit({ organization: e.target.value })}
        >
          <option value="">{t.accounts.none}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
