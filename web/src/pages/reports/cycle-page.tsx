import { Link, useParams } from 'react-router';
import { CycleReports, type Cycle } from '../../../../src/reports/report.schema.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../../session/session-context.js';
import { useStateNames, useTimestamp } from './report-helpers.js';
import { ReminderButton } from './reminder-button.js';
import { OnBehalfBadge, StatusBadge } from './status-badge.js';
import './reports.css';

/**
 * A cycle's reports, state by state, as far as the caller may see: the Secretariat sees who has
 * not reported; a state person finds their own report first.
 */
export function CyclePage() {
  const { cycleId = '' } = useParams();
  const reports = useApi(`/api/cycles/${encodeURIComponent(cycleId)}/reports`, CycleReports);
  const { text } = useI18n();
  useDocumentTitle(reports.state === 'ready' ? text(reports.data.cycle.title) : null);
  return (
    <AsyncContent value={reports} asPage>
      {(data) => <CycleReportsView data={data} />}
    </AsyncContent>
  );
}

function CycleReportsView({ data }: { data: CycleReports }) {
  const { t, text, date } = useI18n();
  const session = useSession();
  const stateName = useStateNames();
  const timestamp = useTimestamp();
  const { cycle, items, abilities } = data;
  const ownState = abilities['edit-draft'] ? session.account?.state : null;
  // The Secretariat reviews every report and may enter one on a state's behalf.
  const secretariat = abilities['review'] === true;
  const missing = items.filter((i) => i.status === 'missing').length;
  const outstanding = items.filter((i) => i.status === 'draft' || i.status === 'returned').length;
  const editPath = (state: string) => `/reports/${cycle.id}/${state}`;
  return (
    <>
      <h1>{text(cycle.title)}</h1>
      <p>
        {t.cycles.opens}: {date(cycle.opensOn)} · {t.cycles.deadline}: {date(cycle.deadline)}
      </p>
      <DeadlineNote cycle={cycle} />
      {ownState && (
        <section className="my-report" aria-labelledby="my-report-title">
          <h2 id="my-report-title">{t.cycleReports.myReport}</h2>
          <p>
            <Link className="button-link" to={editPath(ownState)}>
              {format(t.cycleReports.myReportLink, { state: stateName(ownState) })}
            </Link>
          </p>
        </section>
      )}
      <p>{t.cycleReports.lead}</p>
      {secretariat && missing > 0 && (
        <p className="missing-note">
          <span aria-hidden="true">! </span>
          {format(t.cycleReports.missingCount, { count: missing, total: items.length })}
        </p>
      )}
      {items.length === 0 ? (
        <p>{t.cycleReports.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table cycle-table">
            <caption>{t.cycleReports.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.cycleReports.state}</th>
                <th scope="col">{t.cycleReports.status}</th>
                <th scope="col">{t.cycleReports.version}</th>
                <th scope="col">{t.cycleReports.submittedAt}</th>
                <th scope="col">{t.cycleReports.actions}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr
                  key={item.state}
                  className={item.status === 'missing' ? 'row--missing' : undefined}
                  data-state={item.state}
                >
                  <th scope="row">
                    {stateName(item.state)}
                    {item.state === ownState && (
                      <span className="muted"> ({t.cycleReports.yours})</span>
                    )}
                  </th>
                  <td>
                    <StatusBadge status={item.status} />
                  </td>
                  <td>{item.version ?? '—'}</td>
                  <td>
                    {timestamp(item.submittedAt) || '—'}
                    {item.onBehalf && <OnBehalfBadge />}
                  </td>
                  <td>
                    <ul className="row-actions">
                      {item.id && item.version !== null && (
                        <li>
                          <Link to={`/reports/view/${item.id}`}>{t.cycleReports.view}</Link>
                        </li>
                      )}
                      {(secretariat || item.state === ownState) && (
                        <li>
                          <Link to={editPath(item.state)}>
                            {secretariat ? t.cycleReports.onBehalfEdit : t.cycleReports.edit}
                          </Link>
                        </li>
                      )}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {abilities['remind'] && missing + outstanding > 0 && <ReminderButton cycle={cycle.id} />}
    </>
  );
}

/** How long is left until the deadline (by the calendar day). */
function DeadlineNote({ cycle }: { cycle: Cycle }) {
  const { t } = useI18n();
  const today = new Date();
  const midnight = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((Date.parse(`${cycle.deadline}T00:00:00Z`) - midnight) / 86_400_000);
  if (Number.isNaN(days)) return null;
  return (
    <p className={days < 0 ? 'deadline deadline--over' : 'deadline'}>
      {days < 0 ? t.cycleReports.overdue : format(t.cycleReports.daysLeft, { count: days })}
    </p>
  );
}
