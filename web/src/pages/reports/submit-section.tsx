import { useState, type FormEvent } from 'react';
import { Report } from '../../../../src/reports/report.schema.js';
import { RequestFailure, sendJson } from '../../api/client.js';
import { FormAlert, FormField } from '../../components/form-field.js';
import { failureProblem, useFormProblems } from '../../components/form-problems.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';

const FIELDS = ['reason'] as const;

/**
 * Submits the saved draft as a new version: after the first version, with the reason for the
 * correction. The draft is saved first, so what is submitted is what is on the screen.
 */
export function SubmitSection({
  report,
  flush,
  onSubmitted,
}: {
  report: Report;
  flush: () => Promise<boolean>;
  onSubmitted: (report: Report) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { problems, show, bind } = useFormProblems(FIELDS);
  if (!report.abilities['submit']) return null;
  const correction = report.versions.length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (correction && reason.trim() === '') {
      show({ reason: { text: t.submit.reasonRequired } });
      return;
    }
    setBusy(true);
    try {
      if (!(await flush())) {
        show({ form: { text: t.submit.saveFirst } });
        return;
      }
      const answer = await sendJson('POST', `/api/reports/${report.id}/submit`, Report, {
        ...(correction ? { reason: reason.trim() } : {}),
      });
      show({});
      setReason('');
      const latest = answer.versions.at(-1)?.version ?? 1;
      setDone(format(t.submit.done, { version: latest }));
      onSubmitted(answer);
    } catch (error) {
      if (error instanceof RequestFailure && error.field === 'reason')
        show({ reason: { text: t.submit.reasonRequired } });
      else if (error instanceof RequestFailure && error.field === 'content')
        show({ form: { text: t.submit.needContent } });
      else show({ form: failureProblem(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="submit-section" aria-labelledby="submit-title">
      <h2 id="submit-title">{t.submit.title}</h2>
      <p>{t.submit.lead}</p>
      <form className="stacked-form" onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert problem={problems.form} focusRef={bind('form')} />
        {correction && (
          <FormField
            id="submit-reason"
            label={t.submit.reason}
            hint={t.submit.reasonHint}
            problem={problems.reason}
          >
            {(control) => (
              <textarea
                {...control}
                ref={bind('reason')}
                rows={3}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </FormField>
        )}
        <p className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t.form.sending : correction ? t.submit.resubmit : t.submit.button}
          </button>
        </p>
      </form>
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
    </section>
  );
}
