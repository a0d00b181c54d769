import { useState } from 'react';
import { useParams } from 'react-router';
import { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import { CycleReports, Report } from '../../../../src/reports/report.schema.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent, Failure, Loading } from '../../components/async-content.js';
import { SignInRequired } from '../../components/sign-in-required.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { NotFoundPage } from '../not-found-page.js';
import { DraftEditor } from './draft-editor.js';
import './reports.css';

/**
 * The editor of a state's report in a cycle. The report is found through the cycle's list, which
 * names it for whoever may see its draft; anyone else gets the page of a report that does not exist.
 */
export function ReportEditorPage() {
  const { cycleId = '', state = '' } = useParams();
  const { t } = useI18n();
  // Loading the newer draft after a conflict starts the editor afresh.
  const [generation, setGeneration] = useState(0);
  return (
    <SignInRequired title={t.cycles.title}>
      <EditorLoader
        key={`${cycleId}/${state}/${generation}`}
        cycleId={cycleId}
        state={state}
        onReload={() => setGeneration((g) => g + 1)}
      />
    </SignInRequired>
  );
}

function EditorLoader({
  cycleId,
  state,
  onReload,
}: {
  cycleId: string;
  state: string;
  onReload: () => void;
}) {
  const reports = useApi(`/api/cycles/${encodeURIComponent(cycleId)}/reports`, CycleReports);
  const data = reports.state === 'ready' ? reports.data : null;
  const item = data?.items.find((i) => i.state === state);
  const report = useApi(item?.id ? `/api/reports/${item.id}` : null, Report);
  const catalogue = useApi(
    data ? `/api/organizations/${encodeURIComponent(data.cycle.organization)}/catalogue` : null,
    Catalogue,
  );
  if (reports.state !== 'ready')
    return (
      <AsyncContent value={reports} asPage>
        {() => null}
      </AsyncContent>
    );
  if (!item) return <NotFoundPage />;
  if (item.id && report.state === 'failed')
    return <Failure failure={report.failure} retry={report.retry} asPage />;
  if (catalogue.state === 'failed')
    return <Failure failure={catalogue.failure} retry={catalogue.retry} asPage />;
  if ((item.id && report.state !== 'ready') || catalogue.state !== 'ready') return <Loading />;
  return (
    <DraftEditor
      cycle={reports.data.cycle}
      state={state}
      catalogue={catalogue.data}
      report={report.state === 'ready' ? report.data : null}
      canCreate={reports.data.abilities['edit-draft'] === true}
      onReload={onReload}
    />
  );
}
