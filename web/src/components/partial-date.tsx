import { Template } from './template.js';
import { useI18n } from '../i18n/i18n-context.js';

/** A date of the record in a <time> element: machine-readable as given, shown as precisely as known. */
export function PartialDate({ value }: { value: string | null }) {
  const { date } = useI18n();
  if (value === null) return <>{date(null)}</>;
  return <time dateTime={value}>{date(value)}</time>;
}

export function Period({ from, to }: { from: string | null; to: string | null }) {
  const { t } = useI18n();
  return (
    <Template
      text={t.date.period}
      slots={{
        from: <PartialDate value={from} />,
        to: to === null ? t.date.present : <PartialDate value={to} />,
      }}
    />
  );
}
