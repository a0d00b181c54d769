import { CELL_VALUES, type Matrix } from '../../../../src/matrix/matrix.schema.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import '../reports/reports.css';

type CellValue = (typeof CELL_VALUES)[number];

/** Each value has a symbol as well as a colour, so it reads in grey and on a screen reader. */
export const CELL_SYMBOL: Readonly<Record<CellValue, string>> = {
  reported: '●',
  nil: '○',
  declared: '◇',
  none: '·',
};

export function CellLegend() {
  const { t } = useI18n();
  return (
    <div className="matrix-legend">
      <p className="map-legend__title">{t.matrix.legend}</p>
      <ul>
        {CELL_VALUES.map((value) => (
          <li key={value}>
            <span className={`cell cell--${value}`} aria-hidden="true">
              {CELL_SYMBOL[value]}
            </span>{' '}
            {t.cellValue[value]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * States × measures. Columns are numbered (the key below names them), and every cell carries its
 * full meaning as text for screen readers and as a tooltip.
 */
export function MatrixTable({ matrix }: { matrix: Matrix }) {
  const { t, text } = useI18n();
  const value = new Map(matrix.cells.map((c) => [`${c.state}|${c.measure}`, c.value]));
  return (
    <>
      <div className="table-wrap">
        <table className="data-table matrix-table">
          <caption>{format(t.matrix.caption, { year: matrix.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.matrix.state}</th>
              {matrix.measures.map((m, index) => (
                <th key={m.id} scope="col" title={text(m.text)}>
                  <span aria-hidden="true">{index + 1}</span>
                  <span className="visually-hidden">{text(m.text)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.states.map((state) => (
              <tr key={state.id} data-state={state.id}>
                <th scope="row">{text(state.name)}</th>
                {matrix.measures.map((m) => {
                  const v = value.get(`${state.id}|${m.id}`) ?? 'none';
                  const label = format(t.matrix.cell, {
                    state: text(state.name),
                    measure: text(m.text),
                    value: t.cellValue[v],
                  });
                  return (
                    <td
                      key={m.id}
                      className={`cell cell--${v}`}
                      title={label}
                      data-measure={m.id}
                      data-value={v}
                    >
                      <span aria-hidden="true">{CELL_SYMBOL[v]}</span>
                      <span className="visually-hidden">{t.cellValue[v]}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CellLegend />
      <details className="measure-key">
        <summary>{t.matrix.measures}</summary>
        <ol>
          {matrix.measures.map((m) => (
            <li key={m.id}>{text(m.text)}</li>
          ))}
        </ol>
      </details>
    </>
  );
}
