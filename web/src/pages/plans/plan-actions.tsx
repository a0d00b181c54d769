import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Plan } from '../../../../src/plans/plan.schema.js';
import { sendJson } from '../../api/client.js';
import { FormAlert, FormField } from '../../components/form-field.js';
import { useFormProblems } from '../../components/form-problems.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { problemsOf } from './field-problems.js';

type Decision = 'approve' | 'return';
const FIELDS = ['socMeeting', 'comment'] as const;

/**
 * The buttons the plan's abilities allow (the server's policy decides, not this page): edit,
 * submit, and for the Secretariat approve (naming the SOC meeting) or return (with a comment).
 */
export function PlanActions({ plan, onChange }: { plan: Plan; onChange(plan: Plan): void }) {
  const { t } = useI18n();
  const { problems, show, bind } = useFormProblems(FIELDS);
  const [open, setOpen] = useState<Decision | null>(null);
  const [busy, setBusy] = useState(false);
  const [announced, setAnnounced] = useState('');
  const can = (ability: string) => plan.abilities[ability] === true;
  const a = t.planActions;

  async function act(path: string, body?: unknown) {
    setBusy(true);
    try {
      const next = await sendJson('POST', `/api/plans/${plan.id}/${path}`, Plan, body);
      show({});
      setOpen(null);
      setAnnounced(format(a.done, { status: t.planStatus[next.status] }));
      onChange(next);
    } catch (error) {
      show(problemsOf(error, t, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  function decide(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('text') ?? '').trim();
    void act(
      open === 'approve' ? 'approve' : 'return',
      open === 'approve' ? { socMeeting: value } : { comment: value },
    );
  }

  const any = can('edit') || can('submit') || can('decide');
  return (
    <section aria-labelledby="plan-actions" className="plans-panel">
      <h2 id="plan-actions">{a.title}</h2>
      <p role="status">{announced}</p>
      {!any && <p className="muted">{a.none}</p>}
      <FormAlert problem={problems.form} focusRef={bind('form')} />
      <div className="button-row">
        {can('edit') && (
          <Link to={`/plans/${plan.id}/edit`} className="button-link">
            {t.planView.edit}
          </Link>
        )}
        {can('submit') && (
          <button type="button" disabled={busy} onClick={() => void act('submit')}>
            {a.submit}
          </button>
        )}
        {can('decide') && (
          <>
            <button
              type="button"
              aria-expanded={open === 'approve'}
              onClick={() => setOpen('approve')}
            >
              {a.approve}
            </button>
            <button
              type="button"
              aria-expanded={open === 'return'}
              onClick={() => setOpen('return')}
            >
              {a.return}
            </button>
          </>
        )}
      </div>
      {open && (
        <form onSubmit={decide} noValidate className="plans-decision" key={open}>
          {open === 'approve' ? (
            <FormField
              id="plan-soc-meeting"
              label={a.socMeeting}
              hint={a.socMeetingHint}
              problem={problems.socMeeting}
            >
              {(control) => (
                <input {...control} name="text" required ref={bind('socMeeting')} autoFocus />
              )}
            </FormField>
          ) : (
            <FormField id="plan-comment-text" label={a.comment} problem={problems.comment}>
              {(control) => (
                <textarea
                  {...control}
                  name="text"
                  rows={4}
                  required
                  ref={bind('comment')}
                  autoFocus
                />
              )}
            </FormField>
          )}
          <div className="button-row">
            <button type="submit" disabled={busy}>
              {open === 'approve' ? a.confirmApprove : a.confirmReturn}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {a.cancel}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
