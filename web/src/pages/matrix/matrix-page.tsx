import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import { Matrix } from '../../../../src/matrix/matrix.schema.js';
import { CycleList, type Cycle } from '../../../../src/reports/report.schema.js';
import { apiPath } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { MatrixChanges } from './matrix-diff.js';
import { MatrixTable } from './matrix-table.js';
import '../reports/reports.css';

interface Choice {
  cycle: string;
  dimension: string;
  area: string;
  other: string;
}

/** The implementation matrix of a cycle, filtered by dimension and area, with downloads and a comparison. */
export function MatrixPage() {
  const { t } = useI18n();
  useDocumentTitle(t.matrix.title);
  const cycles = useApi('/api/cycles', CycleList);
  return (
    <>
      <h1>{t.matrix.title}</h1>
      <p className="lead">{t.matrix.lead}</p>
      <AsyncContent value={cycles}>
        {(data) =>
          data.items.length === 0 ? <p>{t.matrix.noCycles}</p> : <MatrixView cycles={data.items} />
        }
      </AsyncContent>
    </>
  );
}

function MatrixView({ cycles }: { cycles: Cycle[] }) {
  const { t, text } = useI18n();
  const [params, setParams] = useSearchParams();
  const chosen: Choice = {
    cycle: params.get('cycle') ?? cycles[0]!.id,
    dimension: params.get('dimension') ?? '',
    area: params.get('area') ?? '',
    other: params.get('other') ?? '',
  };
  const cycle = cycles.find((c) => c.id === chosen.cycle) ?? cycles[0]!;
  const catalogue = useApi(
    `/api/organizations/${encodeURIComponent(cycle.organization)}/catalogue`,
    Catalogue,
  );
  const query = { cycle: cycle.id, dimension: chosen.dimension, area: chosen.area };
  const matrix = useApi(apiPath('/api/matrix', query), Matrix);
  const apply = (next: Choice) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '')));
  return (
    <>
      <MatrixFilters
        key={params.toString()}
        cycles={cycles}
        chosen={{ ...chosen, cycle: cycle.id }}
        catalogue={catalogue.state === 'ready' ? catalogue.data : null}
        onApply={apply}
      />
      <ul className="link-row downloads">
        {(['csv', 'json'] as const).map((f) => (
          <li key={f}>
            <a
              href={apiPath('/api/matrix', { ...query, format: f })}
              download={`matrix-${cycle.id}.${f}`}
            >
              {format(t.matrix.download, { format: f.toUpperCase() })}
            </a>
          </li>
        ))}
      </ul>
      <AsyncContent value={matrix}>
        {(data) => (
          <>
            <p className="notice matrix-note" role="note">
              {text(data.note)}
            </p>
            <MatrixTable matrix={data} />
            {chosen.other && chosen.other !== cycle.id && (
              <section aria-labelledby="compare-title">
                <h2 id="compare-title">{t.matrix.compare}</h2>
                <MatrixChanges cycle={cycle.id} other={chosen.other} matrix={data} />
              </section>
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}

function MatrixFilters({
  cycles,
  chosen,
  catalogue,
  onApply,
}: {
  cycles: Cycle[];
  chosen: Choice;
  catalogue: Catalogue | null;
  onApply: (choice: Choice) => void;
}) {
  const { t, text } = useI18n();
  const [choice, setChoice] = useState(chosen);
  const cycle = cycles.find((c) => c.id === choice.cycle) ?? cycles[0]!;
  const dimensions = (catalogue?.dimensions ?? []).filter((d) => cycle.dimensions.includes(d.id));
  const areas = dimensions.find((d) => d.id === choice.dimension)?.areas ?? [];
  const set = (field: keyof Choice, value: string) =>
    setChoice((c) => ({
      ...c,
      [field]: value,
      ...(field === 'cycle' ? { dimension: '', area: '' } : {}),
      ...(field === 'dimension' ? { area: '' } : {}),
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(choice);
  };
  const select = (
    field: keyof Choice,
    label: string,
    options: { id: string; name: string }[],
    all: string | null,
  ) => (
    <div className="field">
      <label htmlFor={`matrix-${field}`}>{label}</label>
      <select
        id={`matrix-${field}`}
        value={choice[field]}
        onChange={(e) => set(field, e.target.value)}
      >
        {all !== null && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
  const cycleOptions = cycles.map((c) => ({ id: c.id, name: text(c.title) }));
  return (
    <form className="filters" onSubmit={submit}>
      {select('cycle', t.matrix.cycle, cycleOptions, null)}
      {select(
        'dimension',
        t.matrix.dimension,
        dimensions.map((d) => ({ id: d.id, name: text(d.name) })),
        t.matrix.all,
      )}
      {areas.length > 0 &&
        select(
          'area',
          t.matrix.area,
          areas.map((a) => ({ id: a.id, name: text(a.name) })),
          t.matrix.all,
        )}
      {cycles.length > 1 &&
        select(
          'other',
          t.matrix.compareWith,
          cycleOptions.filter((c) => c.id !== choice.cycle),
          '—',
        )}
      <p className="filters__actions">
        <button type="submit" className="primary">
          {t.matrix.show}
        </button>
      </p>
    </form>
  );
}
