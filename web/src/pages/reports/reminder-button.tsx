import { useState } from 'react';
import { RemindersSent } from '../../../../src/reports/report.schema.js';
import { sendJson } from '../../api/client.js';
import { ProblemText } from '../../components/form-field.js';
import { failureProblem, type Problem } from '../../components/form-problems.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The Secretariat reminds every state of the cycle that has not submitted. */
export function ReminderButton({ cycle }: { cycle: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const send = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await sendJson(
        'POST',
        `/api/cycles/${encodeURIComponent(cycle)}/reminders`,
        RemindersSent,
        {},
      );
      setNotice(format(t.reminders.sent, { count: answer.sent.length }));
    } catch (error) {
      setProblem(failureProblem(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t.reminders.title}</h2>
      <p>{t.reminders.lead}</p>
      <p>
        <button type="button" disabled={busy} onClick={() => void send()}>
          {busy ? t.form.sending : t.reminders.button}
        </button>
      </p>
      <p role="status">{notice}</p>
      {problem && (
        <p role="alert" className="failure">
          <ProblemText problem={problem} />
        </p>
      )}
    </section>
  );
}
