import type { Messages } from './kk.js';

/** Fills `{name}` placeholders: format('Found: {count}', { count: 3 }) → 'Found: 3'. */
export function format(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Shows a date of the record as precisely as it is known, in the UI language:
 * '1999' → '1999 ж.', '2007-03' → 'наурыз 2007 г.', '2006-06-17' → '17 June 2006'.
 * Anything else is shown as it came.
 */
export function formatPartialDate(value: string | null, m: Messages): string {
  if (value === null) return m.date.unknown;
  const match = PARTIAL.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const index = month === undefined ? -1 : Number(month) - 1;
  if (month === undefined || index < 0 || index > 11) return format(m.date.year, { year: year! });
  if (day === undefined) return format(m.date.month, { year: year!, month: m.date.months[index]! });
  return format(m.date.day, {
    year: year!,
    day: Number(day),
    monthOfDay: m.date.monthsOfDay[index]!,
  });
}

/** A span of time; an open end reads 'present'. */
export function formatPeriod(from: string | null, to: string | null, m: Messages): string {
  return format(m.date.period, {
    from: formatPartialDate(from, m),
    to: to === null ? m.date.present : formatPartialDate(to, m),
  });
}

/** The year of a partial date, for columns such as 'joined'. */
export function yearOf(value: string | null): string | null {
  return value === null ? null : value.slice(0, 4);
}
