/**
 * Date expressions in Russian and English documents, in the shape the Kazakh engine gives for
 * Kazakh ones (ISO 8601 value and precision, offsets into the text as filed), so that a dated
 * sentence of any library language can become a suggested event.
 *
 * Written for the documents of security cooperation: `15 октября 2019 года`, `2–4 сентября`,
 * `в 1999–2001 гг.`, `15.10.2019`; `15 October 2019`, `October 15, 2019`, `in 1991`,
 * `2019-10-15`. A bare number is never a year (resolution 1540 (2004), 2000 troops): a year needs
 * its marker (`год`, `г.`) in Russian and a preposition (`in 1991`) or a month in English. A day
 * and month without a year take the year named last before them, and are left out when none was.
 */
import type { DatePrecision } from '@senim/kazakh';

export interface ForeignDate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly precision: DatePrecision;
}

/** What a pattern read: a year may be missing (carried over from an earlier mention). */
interface Reading {
  readonly year?: number;
  readonly toYear?: number;
  readonly month?: number;
  readonly day?: number;
  readonly toDay?: number;
}

interface Pattern {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray) => Reading | null;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\d])';
const DASH = '\\s*[-–—]\\s*';

const RU_MONTHS: readonly (readonly [string, number])[] = [
  ['январ[ьяе]', 1],
  ['феврал[ьяе]', 2],
  ['март[ае]?', 3],
  ['апрел[ьяе]', 4],
  ['ма[йяе]', 5],
  ['июн[ьяе]', 6],
  ['июл[ьяе]', 7],
  ['август[ае]?', 8],
  ['сентябр[ьяе]', 9],
  ['октябр[ьяе]', 10],
  ['ноябр[ьяе]', 11],
  ['декабр[ьяе]', 12],
];
const EN_MONTHS: readonly (readonly [string, number])[] = [
  ['January|Jan\\.', 1],
  ['February|Feb\\.', 2],
  ['March|Mar\\.', 3],
  ['April|Apr\\.', 4],
  ['May', 5],
  ['June|Jun\\.', 6],
  ['July|Jul\\.', 7],
  ['August|Aug\\.', 8],
  ['September|Sept?\\.', 9],
  ['October|Oct\\.', 10],
  ['November|Nov\\.', 11],
  ['December|Dec\\.', 12],
];

/**
 * One alternation of month names; the month is found again from the matched word. Russian
 * months are matched in any case (a sentence may start with one), English ones capitalised only
 * (`may` is a verb).
 */
function monthMatcher(
  months: readonly (readonly [string, number])[],
  flags: string,
): {
  source: string;
  number: (word: string) => number;
} {
  const compiled = months.map(([re, n]) => [new RegExp(`^(?:${re})$`, flags), n] as const);
  return {
    source: `(${months.map(([re]) => re).join('|')})`,
    number: (word) => compiled.find(([re]) => re.test(word))?.[1] ?? 0,
  };
}

const RU = monthMatcher(RU_MONTHS, 'iu');
const EN = monthMatcher(EN_MONTHS, 'u');
/** Russian year markers: год, года, году, годы, годах, годов, г., гг. */
const RU_YEAR_MARK = `(?:\\s*(?:гг?\\.|год(?:а|у|ы|ах|ов|ам)?${NOT_LETTER_AFTER}))`;
const RU_YEAR = `(\\d{4})${RU_YEAR_MARK}`;
/** After a day and month, the year may stand without its marker: 15 октября 2019. */
const RU_YEAR_OPTIONAL = `(?:\\s+(\\d{4})${RU_YEAR_MARK}?)?`;
const DAY = '(\\d{1,2})';
const EN_DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const num = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : Number(s);

const pattern = (source: string, read: Pattern['read'], flags = 'giu'): Pattern => ({
  re: new RegExp(NOT_LETTER_BEFORE + source + NOT_LETTER_AFTER, flags),
  read,
});
/** English patterns keep the case of month names (and of `in`, `since`: lower case in a sentence). */
const en = (source: string, read: Pattern['read']): Pattern => pattern(source, read, 'gu');

const RUSSIAN: readonly Pattern[] = [
  // 2–4 сентября 2019 года; с 2 по 4 сентября
  pattern(
    `(?:${DAY}${DASH}|с\\s+${DAY}\\s+по\\s+)${DAY}\\s+${RU.source}${RU_YEAR_OPTIONAL}`,
    (m) => ({
      day: num(m[1] ?? m[2]),
      toDay: num(m[3]),
      month: RU.number(m[4]!),
      year: num(m[5]),
    }),
  ),
  // 15 октября 2019 г.
  pattern(`${DAY}\\s+${RU.source}${RU_YEAR_OPTIONAL}`, (m) => ({
    day: num(m[1]),
    month: RU.number(m[2]!),
    year: num(m[3]),
  })),
  // в октябре 2019 года; октябрь 2019 г.
  pattern(`${RU.source}\\s+(\\d{4})${RU_YEAR_MARK}?`, (m) => ({
    month: RU.number(m[1]!),
    year: num(m[2]),
  })),
  // 1999–2001 годы; с 1999 по 2001 год
  pattern(`(?:(\\d{4})${DASH}|с\\s+(\\d{4})\\s+по\\s+)${RU_YEAR}`, (m) => ({
    year: num(m[1] ?? m[2]),
    toYear: num(m[3]),
  })),
  pattern(RU_YEAR, (m) => ({ year: num(m[1]) })),
  // 15.10.2019
  pattern(`${DAY}\\.(\\d{1,2})\\.(\\d{4})`, (m) => ({
    day: num(m[1]),
    month: num(m[2]),
    year: num(m[3]),
  })),
];

const ENGLISH: readonly Pattern[] = [
  // 15–17 October 2019
  en(`${EN_DAY}${DASH}${EN_DAY}\\s+(?:of\\s+)?${EN.source}(?:,?\\s+(\\d{4}))?`, (m) => ({
    day: num(m[1]),
    toDay: num(m[2]),
    month: EN.number(m[3]!),
    year: num(m[4]),
  })),
  // October 15–17, 2019
  en(`${EN.source}\\s+${EN_DAY}${DASH}${EN_DAY}(?:,\\s*(\\d{4}))?`, (m) => ({
    month: EN.number(m[1]!),
    day: num(m[2]),
    toDay: num(m[3]),
    year: num(m[4]),
  })),
  // 15 October 2019; 15th of October
  en(`${EN_DAY}\\s+(?:of\\s+)?${EN.source}(?:,?\\s+(\\d{4}))?`, (m) => ({
    day: num(m[1]),
    month: EN.number(m[2]!),
    year: num(m[3]),
  })),
  // October 15, 2019 (not the 20 of October 2019)
  en(`${EN.source}\\s+${EN_DAY}(?!\\d)(?:,\\s*(\\d{4}))?`, (m) => ({
    month: EN.number(m[1]!),
    day: num(m[2]),
    year: num(m[3]),
  })),
  // October 2019
  en(`${EN.source}\\s+(?:of\\s+)?(\\d{4})`, (m) => ({
    month: EN.number(m[1]!),
    year: num(m[2]),
  })),
  // 1999–2001 (two years in order)
  en(`(\\d{4})${DASH}(\\d{4})`, (m) => ({ year: num(m[1]), toYear: num(m[2]) })),
  // in 1991, since 2002 (the year alone is the mention)
  en(
    `(?<=(?<!\\p{L})(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Yy]ear)\\s+)(\\d{4})`,
    (m) => ({ year: num(m[1]) }),
  ),
];

/** 2019-10-15 reads the same in every language. */
const ISO: Pattern = pattern(`(\\d{4})-(\\d{2})-(\\d{2})`, (m) => ({
  year: num(m[1]),
  month: num(m[2]),
  day: num(m[3]),
}));

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly reading: Reading;
}

/** Russian or English date expressions of a text, in text order. */
export function foreignDates(text: string, language: 'ru' | 'en'): ForeignDate[] {
  const patterns = [ISO, ...(language === 'ru' ? RUSSIAN : ENGLISH)];
  const candidates: Candidate[] = [];
  for (const { re, read } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const reading = read(m);
      if (reading) candidates.push({ start: m.index, end: m.index + m[0].length, reading });
    }
  }
  // the earliest, then the longest, wins where patterns overlap; an expression that is not a
  // real date (30 February 2021) is left out whole, not read again as its shorter part
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ForeignDate[] = [];
  let lastEnd = -1;
  let lastYear: number | undefined;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    const value = isoValue(c.reading, lastYear);
    if (!value) continue;
    lastYear = c.reading.toYear ?? c.reading.year ?? lastYear;
    out.push({ text: text.slice(c.start, c.end), start: c.start, end: c.end, ...value });
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const plausibleYear = (y: number): boolean => y >= 1000 && y <= 2999;

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCFullYear() === year;
}

/** The ISO value of a reading, or null when it is not a real date (31 June, year 0937). */
function isoValue(
  r: Reading,
  carriedYear: number | undefined,
): { value: string; precision: DatePrecision } | null {
  const year = r.year ?? carriedYear;
  if (year === undefined || !plausibleYear(year)) return null;
  if (r.toYear !== undefined)
    return plausibleYear(r.toYear) && r.toYear > year
      ? { value: `${year}/${r.toYear}`, precision: 'interval' }
      : null;
  if (r.month === undefined) return { value: String(year), precision: 'year' };
  if (r.month < 1 || r.month > 12) return null;
  const month = `${year}-${pad(r.month)}`;
  if (r.day === undefined) return { value: month, precision: 'month' };
  if (!validDay(year, r.month, r.day)) return null;
  if (r.toDay === undefined) return { value: `${month}-${pad(r.day)}`, precision: 'day' };
  return validDay(year, r.month, r.toDay) && r.toDay > r.day
    ? { value: `${month}-${pad(r.day)}/${month}-${pad(r.toDay)}`, precision: 'interval' }
    : null;
}
