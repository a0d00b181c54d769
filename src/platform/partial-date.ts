import { z } from 'zod';

/**
 * Dates in the record are often known only to the month or the year ("1999", "2007-03").
 * A partial date keeps that precision instead of inventing a day.
 */
export type Precision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(
  value: string,
): { precision: Precision; lo: string; hi: string } | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  const y = m[1]!;
  if (month === undefined) return { precision: 'year', lo: `${y}-01-01`, hi: `${y}-12-31` };
  const mm = m[2]!;
  const last = daysInMonth(year, month);
  if (day === undefined)
    return { precision: 'month', lo: `${y}-${mm}-01`, hi: `${y}-${mm}-${last}` };
  if (day < 1 || day > last) return null;
  return { precision: 'day', lo: value, hi: value };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "1999", "2007-03" or "2006-06-17", and a real calendar date. */
export const PartialDate = z
  .string()
  .refine((v) => parsePartialDate(v) !== null, {
    message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .meta({
    description: 'ISO 8601 date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD',
    examples: ['2006-06-17', '2007-03', '1999'],
  });

/** A full calendar date, for questions like "members on this day". */
export const FullDate = z
  .string()
  .refine((v) => parsePartialDate(v)?.precision === 'day', {
    message: 'expected a date as YYYY-MM-DD',
  })
  .meta({ description: 'ISO 8601 calendar date YYYY-MM-DD', examples: ['2006-06-17'] });

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
