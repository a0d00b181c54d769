import { Link } from 'react-router';
import { Due } from '../../../../src/reports/report.schema.js';
import { useApi } from '../../api/use-api.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useTimestamp } from './report-helpers.js';

/**
 * What is due for a signed-in person: open cycles whose report is not submitted yet (for the
 * Secretariat, with how many states are outstanding). Shows nothing to whom the API says no.
 */
export function DueList() {
  const { t, text, date } = useI18n();
  const timestamp = useTimestamp();
  const due = useApi('/api/due', Due);
  if (due.state !== 'ready') return null;
  return (
    <section className="due" aria-labelledby="due-title">
      <h2 id="due-title">{t.due.title}</h2>
      {due.data.items.length === 0 ? (
        <p>{t.due.none}</p>
      ) : (
        <>
          <p>{t.due.lead}</p>
          <ul className="due__list">
            {due.data.items.map((item) => (
              <li key={item.cycle}>
                <Link to={`/reports/${item.cycle}`}>{text(item.title)}</Link> · {t.cycles.deadline}:{' '}
                {date(item.deadline)} ·{' '}
                <span className={item.daysLeft < 0 ? 'deadline--over' : undefined}>
                  {item.daysLeft < 0
                    ? t.cycleReports.overdue
                    : format(t.cycleReports.daysLeft, { count: item.daysLeft })}
                </span>
                <br />
                {format(t.due.outstanding, { count: item.outstanding.length })}
                {item.lastReminder && (
                  <>
                    {' · '}
                    {format(t.due.lastReminder, { date: timestamp(item.lastReminder) })}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
