import { useI18n } from '../../i18n/i18n-context.js';
import { yearChoices } from './plan-helpers.js';

/** A year chosen with a plain GET form, so the choice lands in the URL and works without script. */
export function YearPicker({
  id,
  label,
  year,
  onChange,
}: {
  id: string;
  label: string;
  year: number;
  onChange(year: number): void;
}) {
  const { t } = useI18n();
  return (
    <form
      className="plans-filters"
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get('year');
        onChange(Number(value));
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} name="year" defaultValue={String(year)} key={year}>
          {yearChoices(year).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t.planOfCbms.show}</button>
    </form>
  );
}
