import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import { CycleList, Report } from '../../../../src/reports/report.schema.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useStateNames, useTimestamp } from './report-helpers.js';
import { ReviewActions } from './review-actions.js';
import { ReviewList } from './review-list.js';
import { OnBehalfBadge, StatusBadge } from './status-badge.js';
import { VersionContent } from './version-content.js';
import { VersionDiff } from './version-diff.js';
import './reports.css';

/** A report as the caller may see it: its submitted versions, their differences, and the review. */
export function ReportViewPage() {
  const { id = '' } = useParams();
  const report = useApi(`/api/reports/${encodeURIComponent(id)}`, Report);
  return (
    <AsyncContent value={report} asPage>
      {(data) => <ReportView key={data.id} loaded={data} />}
    </AsyncContent>
  );
}

function ReportView({ loaded }: { loaded: Report }) {
  const { t, text } = useI18n();
  const stateName = useStateNames();
  const timestamp = useTimestamp();
  const [report, setReport] = useState(loaded);
  const [notice, setNotice] = useState<string | null>(null);
  const [shown, setShown] = useState(loaded.versions.at(-1)?.version ?? 0);
  const cycles = useApi('/api/cycles', CycleList);
  const cycle =
    cycles.state === 'ready' ? cycles.data.items.find((c) => c.id === report.cycle) : undefined;
  const catalogue = useApi(
    cycle ? `/api/organizations/${encodeURIComponent(cycle.organization)}/catalogue` : null,
    Catalogue,
  );
  const title = format(t.reportView.title, { state: stateName(report.state) });
  useDocumentTitle(title);
  const version = report.versions.find((v) => v.version === shown) ?? report.versions.at(-1);
  const catalogueData = catalogue.state === 'ready' ? catalogue.data : null;

  return (
    <article className="report-view">
      <p className="breadcrumb">
        <Link to={`/reports/${report.cycle}`}>{cycle ? text(cycle.title) : report.cycle}</Link>
      </p>
      <h1>{title}</h1>
      <p>
        <StatusBadge status={report.status} /> · {t.editor.visibility}:{' '}
        {t.visibility[report.visibility]}
      </p>
      {report.abilities['edit-draft'] && report.draft && (
        <p>
          <Link to={`/reports/${report.cycle}/${report.state}`}>{t.reportView.edit}</Link>
        </p>
      )}
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <ReviewList reviews={report.reviews} />
      {report.abilities['review'] && (
        <ReviewActions
          report={report}
          onReviewed={(next, message) => {
            setReport(next);
            setNotice(message);
          }}
        />
      )}
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">{t.reportView.versions}</h2>
        {report.versions.length === 0 ? (
          <p>{t.reportView.noVersions}</p>
        ) : (
          <ol className="version-list">
            {report.versions.map((v) => (
              <li key={v.version} data-version={v.version}>
                <strong>{format(t.reportView.version, { version: v.version })}</strong> ·{' '}
                {format(t.reportView.submittedAt, { date: timestamp(v.submittedAt) })} ·{' '}
                {t.visibility[v.visibility]}
                {v.onBehalf && <OnBehalfBadge />}
                {v.reason && (
                  <p className="version-reason">
                    {format(t.reportView.reason, { reason: v.reason })}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {version && (
        <section aria-labelledby="version-shown-title">
          <h2 id="version-shown-title">
            {format(t.reportView.version, { version: version.version })}
          </h2>
          {report.versions.length > 1 && (
            <div className="field">
              <label htmlFor="version-shown">{t.reportView.show}</label>
              <select
                id="version-shown"
                value={version.version}
                onChange={(e) => setShown(Number(e.target.value))}
              >
                {report.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {format(t.reportView.version, { version: v.version })}
                  </option>
                ))}
              </select>
            </div>
          )}
          {version.onBehalf && (
            <p>
              <OnBehalfBadge />
            </p>
          )}
          <VersionContent content={version.content} catalogue={catalogueData} />
        </section>
      )}
      {report.versions.length > 1 && (
        <section aria-labelledby="diff-title">
          <h2 id="diff-title">{t.diff.title}</h2>
          <VersionDiff versions={report.versions} catalogue={catalogueData} />
        </section>
      )}
    </article>
  );
}
