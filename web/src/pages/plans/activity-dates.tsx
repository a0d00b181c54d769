import { useI18n } from '../../i18n/i18n-context.js';

/** The days of an activity: one date, or a span; machine-readable through <time>. */
export function ActivityDates({ startsOn, endsOn }: { startsOn: string; endsOn: string }) {
  const { date } = useI18n();
  if (startsOn === endsOn) return <time dateTime={startsOn}>{date(startsOn)}</time>;
  return (
    <>
      <time dateTime={startsOn}>{date(startsOn)}</time>
      {' – '}
      <time dateTime={endsOn}>{date(endsOn)}</time>
    </>
  );
}
