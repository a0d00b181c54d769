import { Participation } from '../../../../src/matrix/matrix.schema.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { BarChart } from './bar-chart.js';
import '../reports/reports.css';

/** The public dashboard: states reporting per dimension and year, from published reports only. */
export function DashboardPage() {
  const { t } = useI18n();
  useDocumentTitle(t.dashboard.title);
  const participation = useApi('/api/statistics/participation', Participation);
  return (
    <>
      <h1>{t.dashboard.title}</h1>
      <p className="lead">{t.dashboard.lead}</p>
      <AsyncContent value={participation}>{(data) => <DashboardView data={data} />}</AsyncContent>
    </>
  );
}

function DashboardView({ data }: { data: Participation }) {
  const { t, text } = useI18n();
  if (data.items.length === 0) return <p>{t.dashboard.empty}</p>;
  const dimensions = [...new Map(data.items.map((i) => [i.dimension, i.dimensionName])).entries()];
  const max = Math.max(...data.items.map((i) => i.states), 1);
  return (
    <>
      <p className="notice" role="note">
        {text(data.note)}
      </p>
      <div className="chart-grid">
        {dimensions.map(([id, name]) => (
          <BarChart
            key={id}
            title={format(t.dashboard.chart, { dimension: text(name) })}
            max={max}
            bars={data.items
              .filter((i) => i.dimension === id)
              .map((i) => ({
                label: String(i.year),
                value: i.states,
                description: format(t.dashboard.bar, { year: i.year, count: i.states }),
              }))}
          />
        ))}
      </div>
      <details className="data-fallback">
        <summary>{t.dashboard.table}</summary>
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t.dashboard.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.dashboard.year}</th>
                <th scope="col">{t.dashboard.dimension}</th>
                <th scope="col">{t.dashboard.states}</th>
                <th scope="col">{t.dashboard.entries}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((i) => (
                <tr key={`${i.cycle}|${i.dimension}`}>
                  <th scope="row">{i.year}</th>
                  <td>{text(i.dimensionName)}</td>
                  <td>{i.states}</td>
                  <td>{i.entries}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
