import type { ReportEntry } from '../../../../src/reports/report.schema.js';
import type { LocalizedText } from '../../../../src/platform/localized-text.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { AttachmentsField, type AttachmentActions } from './attachments-field.js';
import { entrySaysSomething } from './report-helpers.js';

/**
 * One measure of the report: a disclosure that opens on its fields (done, when, with whom,
 * outcomes, files) or a nil answer; it starts open when the measure already says something.
 */
export function MeasureFields({
  measure,
  text,
  entry,
  disabled,
  onChange,
  attachments,
}: {
  measure: string;
  text: LocalizedText;
  entry: ReportEntry;
  disabled: boolean;
  onChange: (entry: ReportEntry) => void;
  attachments: AttachmentActions;
}) {
  const { t, text: pick } = useI18n();
  const id = (field: string) => `${measure}-${field}`;
  const state = entry.nil ? t.editor.nilShort : entrySaysSomething(entry) ? t.editor.filled : null;
  const set = (field: keyof ReportEntry, value: string | boolean) =>
    onChange({ ...entry, [field]: value });
  const fieldsOff = disabled || entry.nil;
  return (
    <details className="measure" id={`measure-${measure}`} open={entrySaysSomething(entry)}>
      <summary>
        <span className="measure__text">{pick(text)}</span>
        {state && <span className="badge">{state}</span>}
      </summary>
      <div className="measure__fields">
        <p className="checkbox">
          <input
            type="checkbox"
            id={id('nil')}
            checked={entry.nil}
            disabled={disabled}
            onChange={(e) => set('nil', e.target.checked)}
          />
          <label htmlFor={id('nil')}>{t.editor.nil}</label>
        </p>
        <div className="field">
          <label htmlFor={id('done')}>{t.editor.done}</label>
          <textarea
            id={id('done')}
            rows={3}
            maxLength={5000}
            value={entry.done}
            disabled={fieldsOff}
            onChange={(e) => set('done', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('when')}>{t.editor.when}</label>
          <p id={id('when-hint')} className="hint">
            {t.editor.whenHint}
          </p>
          <input
            id={id('when')}
            aria-describedby={id('when-hint')}
            maxLength={200}
            value={entry.when}
            disabled={fieldsOff}
            onChange={(e) => set('when', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('partners')}>{t.editor.partners}</label>
          <input
            id={id('partners')}
            maxLength={1000}
            value={entry.partners}
            disabled={fieldsOff}
            onChange={(e) => set('partners', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('outcomes')}>{t.editor.outcomes}</label>
          <textarea
            id={id('outcomes')}
            rows={3}
            maxLength={5000}
            value={entry.outcomes}
            disabled={fieldsOff}
            onChange={(e) => set('outcomes', e.target.value)}
          />
        </div>
        <AttachmentsField
          measure={measure}
          ids={entry.attachments ?? []}
          disabled={fieldsOff}
          actions={attachments}
        />
      </div>
    </details>
  );
}
