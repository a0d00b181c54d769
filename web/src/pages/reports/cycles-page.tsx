import { Link, useNavigate } from 'react-router';
import { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import { CycleList, CycleReports, type Cycle } from '../../../../src/reports/report.schema.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../../session/session-context.js';
import { DueList } from './due-list.js';
import { NewCycleForm } from './new-cycle-form.js';
import './reports.css';

/** The reporting cycles, newest first, each leading to its states' reports. */
export function CyclesPage() {
  const { t } = useI18n();
  const cycles = useApi('/api/cycles', CycleList);
  const session = useSession();
  useDocumentTitle(t.cycles.title);
  return (
    <>
      <h1>{t.cycles.title}</h1>
      <p className="lead">{t.cycles.lead}</p>
      {session.account && <DueList />}
      <AsyncContent value={cycles}>
        {(data) => (
          <>
            {session.account && data.items[0] && <OpenCycle newest={data.items[0]} />}
            <CycleCards cycles={data.items} />
          </>
        )}
      </AsyncContent>
    </>
  );
}

/**
 * The Secretariat's form to open a cycle. Whether the caller may is the server's answer, which
 * travels with a cycle's reports (GET /api/cycles does not carry abilities).
 */
function OpenCycle({ newest }: { newest: Cycle }) {
  const navigate = useNavigate();
  const reports = useApi(`/api/cycles/${encodeURIComponent(newest.id)}/reports`, CycleReports);
  const allowed = reports.state === 'ready' && reports.data.abilities['manage-cycles'] === true;
  const catalogue = useApi(
    allowed ? `/api/organizations/${encodeURIComponent(newest.organization)}/catalogue` : null,
    Catalogue,
  );
  if (!allowed || catalogue.state !== 'ready') return null;
  return (
    <NewCycleForm
      catalogue={catalogue.data}
      onCreated={(cycle) => void navigate(`/reports/${cycle.id}`)}
    />
  );
}

function CycleCards({ cycles }: { cycles: Cycle[] }) {
  const { t, text, date } = useI18n();
  if (cycles.length === 0) return <p>{t.cycles.empty}</p>;
  return (
    <ul className="card-list">
      {cycles.map((cycle) => (
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
  );
}
