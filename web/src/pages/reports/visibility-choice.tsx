import { VISIBILITIES } from '../../../../src/reports/report.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Visibility } from './use-autosave.js';

/** Who will see the submitted version: a radio group, each choice with what it means. */
export function VisibilityChoice({
  value,
  onChange,
}: {
  value: Visibility;
  onChange: (value: Visibility) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="visibility-choice">
      <legend>{t.editor.visibility}</legend>
      {VISIBILITIES.map((option) => (
        <div key={option} className="radio">
          <input
            type="radio"
            name="visibility"
            id={`visibility-${option}`}
            value={option}
            checked={value === option}
            aria-describedby={`visibility-${option}-hint`}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`visibility-${option}`}>{t.visibility[option]}</label>
          <p id={`visibility-${option}-hint`} className="hint">
            {t.visibilityHint[option]}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
