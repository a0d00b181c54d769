import { useState } from 'react';
import type { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import type { Report, ReportEntry } from '../../../../src/reports/report.schema.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { TEXT_FIELDS } from './report-helpers.js';
import { measureTexts } from './version-content.js';

type Version = Report['versions'][number];

/** Two chosen versions side by side, measure by measure, with the changed fields marked. */
export function VersionDiff({
  versions,
  catalogue,
}: {
  versions: Version[];
  catalogue: Catalogue | null;
}) {
  const { t, text } = useI18n();
  const [from, setFrom] = useState(versions.at(-2)?.version ?? 0);
  const [to, setTo] = useState(versions.at(-1)?.version ?? 0);
  if (versions.length < 2) return <p className="muted">{t.diff.needTwo}</p>;
  const a = versions.find((v) => v.version === from)?.content;
  const b = versions.find((v) => v.version === to)?.content;
  if (!a || !b) return null;
  const texts = measureTexts(catalogue);
  const measures = [...new Set([...a.entries, ...b.entries].map((e) => e.measure))];
  const entryIn = (list: ReportEntry[], measure: string) => list.find((e) => e.measure === measure);
  const label = {
    nil: t.editor.nilShort,
    done: t.editor.done,
    when: t.editor.when,
    partners: t.editor.partners,
    outcomes: t.editor.outcomes,
    attachments: t.attachments.title,
  };
  const fields = ['nil', ...TEXT_FIELDS, 'attachments'] as const;
  const files = (entry: ReportEntry) => entry.attachments ?? [];
  const show = (entry: ReportEntry | undefined, field: (typeof fields)[number]) =>
    entry === undefined
      ? t.diff.absent
      : field === 'nil'
        ? entry.nil
          ? t.diff.yes
          : t.diff.no
        : field === 'attachments'
          ? files(entry).length > 0
            ? format(t.attachments.count, { count: files(entry).length })
            : t.diff.absent
          : entry[field] || t.diff.absent;
  // Files differ by which they are, not only by how many.
  const compared = (entry: ReportEntry | undefined, field: (typeof fields)[number]) =>
    field === 'attachments' ? (entry ? files(entry).join(' ') : '') : show(entry, field);
  const rows = measures.map((measure) => {
    const before = entryIn(a.entries, measure);
    const after = entryIn(b.entries, measure);
    const changed = fields.filter((f) => compared(before, f) !== compared(after, f));
    return { measure, before, after, changed };
  });
  const wholeChanged = a.nilReturn !== b.nilReturn || a.note !== b.note;
  const anyChange = wholeChanged || rows.some((r) => r.changed.length > 0);
  const pick = (id: string, value: number, set: (n: number) => void, name: string) => (
    <div className="field">
      <label htmlFor={id}>{name}</label>
      <select id={id} value={value} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {format(t.reportView.version, { version: v.version })}
          </option>
        ))}
      </select>
    </div>
  );
  const cell = (entry: ReportEntry | undefined, changed: readonly string[]) => (
    <dl className="diff-fields">
      {fields.map((field) => (
        <div
          key={field}
          className={changed.includes(field) ? 'diff-field diff-field--changed' : 'diff-field'}
        >
          <dt>
            {label[field]}
            {changed.includes(field) && <span className="diff-mark"> ({t.diff.changed})</span>}
          </dt>
          <dd>{show(entry, field)}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <>
      <div className="filters">
        {pick('diff-from', from, setFrom, t.diff.from)}
        {pick('diff-to', to, setTo, t.diff.to)}
      </div>
      {!anyChange ? (
        <p>{t.diff.noChanges}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table diff-table">
            <thead>
              <tr>
                <th scope="col">{t.diff.measure}</th>
                <th scope="col">{format(t.reportView.version, { version: from })}</th>
                <th scope="col">{format(t.reportView.version, { version: to })}</th>
              </tr>
            </thead>
            <tbody>
              {wholeChanged && (
                <tr className="diff-row--changed">
                  <th scope="row">
                    {t.diff.nilReturn} · {t.diff.note}
                  </th>
                  <td>
                    {a.nilReturn ? t.diff.yes : t.diff.no} · {a.note || t.diff.absent}
                  </td>
                  <td>
                    {b.nilReturn ? t.diff.yes : t.diff.no} · {b.note || t.diff.absent}
                  </td>
                </tr>
              )}
              {rows.map((row) => {
                const name = texts.get(row.measure);
                return (
                  <tr
                    key={row.measure}
                    className={row.changed.length > 0 ? 'diff-row--changed' : undefined}
                    data-measure={row.measure}
                  >
                    <th scope="row">{name ? text(name) : row.measure}</th>
                    <td>{cell(row.before, row.changed)}</td>
                    <td>{cell(row.after, row.changed)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
