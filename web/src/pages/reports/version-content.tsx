import type { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import type { ReportContent } from '../../../../src/reports/report.schema.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { attachmentHref, kindOf, knownAttachment, sizeOf } from './attachments.js';
import { TEXT_FIELDS } from './report-helpers.js';

/** The measures of a catalogue by id, with their text, for showing entries. */
export function measureTexts(catalogue: Catalogue | null) {
  const texts = new Map<
    string,
    Catalogue['dimensions'][number]['areas'][number]['measures'][number]['text']
  >();
  for (const d of catalogue?.dimensions ?? [])
    for (const a of d.areas) for (const m of a.measures) texts.set(m.id, m.text);
  return texts;
}

/** A submitted version's content, measure by measure. */
export function VersionContent({
  content,
  catalogue,
}: {
  content: ReportContent;
  catalogue: Catalogue | null;
}) {
  const { t, text } = useI18n();
  const texts = measureTexts(catalogue);
  const label = {
    done: t.editor.done,
    when: t.editor.when,
    partners: t.editor.partners,
    outcomes: t.editor.outcomes,
  };
  return (
    <div className="version-content">
      {content.nilReturn && <p className="notice">{t.reportView.nilReturn}</p>}
      {content.entries.length === 0 && !content.nilReturn && <p>{t.reportView.noEntries}</p>}
      {content.entries.map((entry) => {
        const name = texts.get(entry.measure);
        return (
          <section key={entry.measure} className="entry" data-measure={entry.measure}>
            <h4>{name ? text(name) : entry.measure}</h4>
            {entry.nil ? (
              <p className="muted">{t.editor.nilShort}</p>
            ) : (
              <dl className="facts">
                {TEXT_FIELDS.filter((f) => entry[f] !== '').map((field) => (
                  <div key={field} className="facts__row">
                    <dt>{label[field]}</dt>
                    <dd>{entry[field]}</dd>
                  </div>
                ))}
              </dl>
            )}
            {(entry.attachments?.length ?? 0) > 0 && (
              <AttachmentLinks ids={entry.attachments ?? []} />
            )}
          </section>
        );
      })}
      {content.note && (
        <p>
          <strong>{t.editor.note}:</strong> {content.note}
        </p>
      )}
    </div>
  );
}

/**
 * The files of an entry, each a download link. Content names files by id only: a file is shown by
 * its name where it was uploaded on this device, and otherwise as "File N" (named on download).
 */
function AttachmentLinks({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  const known = ids.map(knownAttachment);
  return (
    <div className="entry-attachments">
      <p className="entry-attachments__title">{t.attachments.title}</p>
      <ul className="attachment-list">
        {ids.map((id, index) => {
          const file = known[index];
          return (
            <li key={id} data-attachment={id}>
              <a href={attachmentHref(id)} download>
                {file?.filename ?? format(t.attachments.file, { number: index + 1 })}
              </a>
              {file && (
                <span className="muted">
                  {' '}
                  · {kindOf(file.mediaType)} · {sizeOf(file.size, t)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {known.some((file) => file === null) && <p className="hint">{t.attachments.unnamedHint}</p>}
    </div>
  );
}
