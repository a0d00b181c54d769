import { MatrixDiff, type Matrix } from '../../../../src/matrix/matrix.schema.js';
import { apiPath } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CELL_SYMBOL } from './matrix-table.js';

/** What changed, cell by cell, from another cycle's matrix to this one. */
export function MatrixChanges({
  cycle,
  other,
  matrix,
}: {
  cycle: string;
  other: string;
  matrix: Matrix;
}) {
  const { t, text } = useI18n();
  const diff = useApi(apiPath('/api/matrix/diff', { cycle, other }), MatrixDiff);
  const stateName = new Map(matrix.states.map((s) => [s.id, text(s.name)]));
  const measureText = new Map(matrix.measures.map((m) => [m.id, text(m.text)]));
  return (
    <AsyncContent value={diff}>
      {(data) => {
        // The diff covers the whole cycle; show the part the filters chose.
        const changes = data.changes.filter((c) => measureText.has(c.measure));
        return (
          <>
            <h3>{format(t.matrix.changes, { count: changes.length })}</h3>
            {changes.length === 0 ? (
              <p>{t.matrix.noChanges}</p>
            ) : (
              <ul className="matrix-changes">
                {changes.map((c) => (
                  <li key={`${c.state}|${c.measure}`}>
                    <strong>{stateName.get(c.state) ?? c.state}</strong> —{' '}
                    {measureText.get(c.measure)}
                    <br />
                    {format(t.matrix.change, {
                      before: `${CELL_SYMBOL[c.before]} ${t.cellValue[c.before]}`,
                      after: `${CELL_SYMBOL[c.after]} ${t.cellValue[c.after]}`,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      }}
    </AsyncContent>
  );
}
