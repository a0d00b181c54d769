import { Link } from 'react-router';
import { CycleList } from '../../../../src/reports/report.schema.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../../session/session-context.js';
import { DueList } from './due-list.js';
import './reports.css';

/** The reporting cycles, newest first, each leading to its states' reports. */
export function CyclesPage() {
  const { t, text, date } = useI18n();
  const cycles = useApi('/api/cycles', CycleList);
  const session = useSession();
  useDocumentTitle(t.cycles.title);
  return (
    <>
      <h1>{t.cycles.title}</h1>
      <p className="lead">{t.cycles.lead}</p>
      {session.account && <DueList />}
      <AsyncContent value={cycles}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t.cycles.empty}</p>
          ) : (
            <ul className="card-list">
              {data.items.map((cycle) => (
                <li key={cycle.id} className="card">
                  <h2>
                    <Link to={`/reports/${cycle.id}`}>{text(cycle.title)}</Link>
                  </h2>
                  <dl className="cycle-dates">
                    <div>
                      <dt>{t.cycles.opens}</dt>
                      <dd>{date(cycle.opensOn)}</dd>
                    </div>
                    <div>
                      <dt>{t.cycles.deadline}</dt>
                      <dd>{date(cycle.deadline)}</dd>
                    </div>
                  </dl>
                  <p className="card__kind">
                    {format(t.cycles.dimensions, { count: cycle.dimensions.length })}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncContent>
    </>
  );
}
