import { fixLookalikes } from '../normalize/lookalikes.js';
import { tokens, type Token } from '../segment/tokens.js';
import { foldConfusables, isFoldedSuffixChain } from '../text/suffixes.js';

/** How precise a date is; an interval is written `A/B`. */
export type DatePrecision = 'day' | 'month' | 'year' | 'interval';

/** A date expression with its ISO 8601 value and offsets into the original text. */
export interface DateMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly precision: DatePrecision;
}

export interface DatesOptions {
  /** Year assumed before the text names one (for `8 қарашада` with no year in sight). */
  readonly defaultYear?: number;
}

const MONTHS: readonly (readonly [string, number])[] = [
  ['қаңтар', 1],
  ['ақпан', 2],
  ['наурыз', 3],
  ['сәуір', 4],
  ['мамыр', 5],
  ['маусым', 6],
  ['шілде', 7],
  ['тамыз', 8],
  ['қыркүйек', 9],
  ['қазан', 10],
  ['қараша', 11],
  ['желтоқсан', 12],
  ['январ', 1],
  ['феврал', 2],
  ['март', 3],
  ['апрел', 4],
  ['мая', 5],
  ['май', 5],
  ['июн', 6],
  ['июл', 7],
  ['август', 8],
  ['сентябр', 9],
  ['октябр', 10],
  ['ноябр', 11],
  ['декабр', 12],
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
];
const FOLDED_MONTHS = MONTHS.map(([name, m]) => [foldConfusables(name), m] as const).sort(
  (a, b) => b[0].length - a[0].length,
);
const RUSSIAN_ENDINGS = new Set(['', 'ь', 'я', 'е', 'а']);

interface Word {
  readonly token: Token;
  readonly key: string;
}

function keyOf(token: Token): string {
  return foldConfusables(fixLookalikes(token.text).toLowerCase());
}

/** Accusative endings: a month as the object of a verb (`29 тамызды ... күні деп жариялады`) names a calendar day, not a date. */
const ACCUSATIVE = /^(?:ны|ни|ды|ди|ты|ти|сын|син|ын|ин)$/u;

function monthOf(w: Word | undefined): number | undefined {
  if (!w || w.token.kind !== 'word') return undefined;
  for (const [stem, m] of FOLDED_MONTHS) {
    if (!w.key.startsWith(stem)) continue;
    const rest = w.key.slice(stem.length);
    if (ACCUSATIVE.test(rest) && m && /[а-я]/u.test(stem)) return undefined;
    if (
      rest === '' ||
      isFoldedSuffixChain(rest) ||
      (m && RUSSIAN_ENDINGS.has(rest) && /[а-я]/u.test(stem) && !/[ңқғүұөәі]/u.test(w.token.text))
    )
      return m;
    if (rest.startsWith('-') && isFoldedSuffixChain(rest.slice(1))) return m;
  }
  return undefined;
}

/** `жыл` and its forms, `ж.`, `жж.`, Russian `г.`, `года`. Returns whether it is plural (`жылдар`, `жж.`). */
function yearWord(w: Word | undefined): { plural: boolean } | undefined {
  if (!w) return undefined;
  const k = w.key;
  if (w.token.kind === 'abbreviation') {
    if (k === 'ж.' || k === 'г.') return { plural: false };
    if (k === 'жж.' || k === 'ж.ж.' || k === 'гг.') return { plural: true };
    return undefined;
  }
  if (w.token.kind !== 'word') return undefined;
  if (k.startsWith('жыл')) {
    const rest = k.slice(3);
    if (rest === '' || isFoldedSuffixChain(rest)) return { plural: /^[дт]ар/u.test(rest) };
  }
  if (/^(?:год|года|году|годы|годах|годов|year|years)$/u.test(k))
    return { plural: /ы|ах|ов|s$/u.test(k) };
  return undefined;
}

function isMonthWord(w: Word | undefined): boolean {
  // Keys are folded: ай → аи.
  return (
    !!w &&
    w.token.kind === 'word' &&
    /^аи(?:ы|ында|ынын|ына|ынан|дын|да|га|лары|ларында)?$/u.test(w.key)
  );
}

interface NumberValue {
  readonly value: number;
  readonly to?: number;
  readonly ending: string;
}

function numberOf(w: Word | undefined): NumberValue | undefined {
  if (!w || (w.token.kind !== 'number' && w.token.kind !== 'range')) return undefined;
  const m = /^(\d{1,4})(?:[-–‐](\d{1,4}))?(?:-?(\p{L}[\p{L}\p{M}-]*))?$/u.exec(w.token.text);
  if (!m) return undefined;
  const value = Number(m[1]);
  const to = m[2] !== undefined ? Number(m[2]) : undefined;
  return to === undefined
    ? { value, ending: (m[3] ?? '').toLowerCase() }
    : { value, to, ending: (m[3] ?? '').toLowerCase() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isValidDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isYear(n: number): boolean {
  return n >= 1200 && n <= 2100;
}

const ORDINAL_ENDING = /^(?:ыншы|інші|ншы|нші|шы|ші|ы|і|сы|сі)$/u;

/**
 * Finds Kazakh (and Russian or English) date expressions and resolves them to ISO 8601:
 * `2019 жылғы 14 қарашада` → `2019-11-14`, `2019 жылдың қарашасында` → `2019-11`,
 * `2017 ж.` → `2017`, `2-4 қыркүйек` → `2019-09-02/2019-09-04`, `1999-2001 жылдар` → `1999/2001`.
 * The last year named carries over to later day-and-month dates (`Сол жылғы 10 қазанда`, a bare
 * `8 қарашада`). Resolution numbers, counts and session ordinals are not dates, and a month name
 * needs a day, a year or `ай` beside it (`қазан` is also a cauldron).
 * @example
 * dates('2019 жылғы 14 қарашада ... 8 желтоқсанда').map((d) => d.value); // ['2019-11-14', '2019-12-08']
 */
export function dates(text: string, options: DatesOptions = {}): readonly DateMention[] {
  const words: Word[] = tokens(text).map((token) => ({ token, key: keyOf(token) }));
  const out: DateMention[] = [];
  // Paragraph (line) of every word, to tell a date in the same paragraph from one far above.
  const lineOf: number[] = [];
  let line = 0;
  let at = 0;
  for (const w of words) {
    for (; at < w.token.start; at++) if (text.charCodeAt(at) === 0x0a) line++;
    lineOf.push(line);
  }
  // `carried` is the last year named (for `Сол жылғы`). `anchor` is the year of the last full
  // date and its paragraph: bare days and months follow it within that paragraph (a year named in
  // passing, `2022 жылғы қаңтар оқиғалары`, does not move the story's timeline). Elsewhere they
  // follow the dateline (`Астана, 2024 жылғы 4 шілде.`) when the text has one.
  let carried: number | undefined = options.defaultYear;
  let anchor: number | undefined = options.defaultYear;
  let anchorLine = -1;
  let dateline: number | undefined;
  let lastDay: { year: number; month: number; day: number } | undefined;
  const bareYear = (i: number): number | undefined =>
    anchor !== undefined && (anchorLine === lineOf[i] || dateline === undefined)
      ? anchor
      : (dateline ?? anchor ?? carried);
  const emit = (from: number, to: number, value: string, precision: DatePrecision): void => {
    const start = words[from]!.token.start;
    const end = words[to]!.token.end;
    out.push({ text: text.slice(start, end), start, end, value, precision });
  };

  /** Reads `DAY MONTH` or `DAY-DAY MONTH` at i; returns days, month and the index after. */
  const dayMonth = (
    i: number,
  ): { day: number; to?: number; month: number; next: number } | undefined => {
    const n = numberOf(words[i]);
    if (!n || n.value < 1 || n.value > 31 || (n.to !== undefined && (n.to > 31 || n.to <= n.value)))
      return undefined;
    if (n.ending !== '' && !ORDINAL_ENDING.test(n.ending)) return undefined;
    const month = monthOf(words[i + 1]);
    if (month === undefined) return undefined;
    let next = i + 2;
    if (isMonthWord(words[next])) next++;
    return n.to === undefined
      ? { day: n.value, month, next }
      : { day: n.value, to: n.to, month, next };
  };

  /** Reads `YEAR жыл…` (or `YEAR-нші жылы`, `2019ж.`) at i. */
  const yearAt = (
    i: number,
  ): { year: number; to?: number; plural: boolean; next: number } | undefined => {
    const n = numberOf(words[i]);
    if (!n || !isYear(n.value) || (n.to !== undefined && (!isYear(n.to) || n.to <= n.value)))
      return undefined;
    if (n.ending !== '') {
      const k = foldConfusables(n.ending);
      const glued = yearWord({ token: { ...words[i]!.token, kind: 'word' }, key: k });
      if (glued)
        return {
          year: n.value,
          ...(n.to !== undefined ? { to: n.to } : {}),
          plural: glued.plural,
          next: i + 1,
        };
      if (k === 'ж' && words[i + 1]?.token.text === '.')
        return { year: n.value, plural: false, next: i + 2 };
      if (!ORDINAL_ENDING.test(n.ending)) return undefined;
    }
    const w = yearWord(words[i + 1]);
    if (!w) return undefined;
    return {
      year: n.value,
      ...(n.to !== undefined ? { to: n.to } : {}),
      plural: w.plural,
      next: i + 2,
    };
  };

  for (let i = 0; i < words.length; i++) {
    const decade = decadeAt(i);
    if (decade) {
      emit(decade.from, decade.to, `${decade.start}/${decade.start + 9}`, 'interval');
      i = decade.to;
      continue;
    }
    // `сол күні` (that day), `келесі күні` (the next day), `алдыңғы күні` (the day before).
    const shift = /^(?:сол|осы)$/u.test(words[i]!.key)
      ? 0
      : /^келеси$/u.test(words[i]!.key)
        ? 1
        : /^алдынгы$/u.test(words[i]!.key)
          ? -1
          : undefined;
    if (shift !== undefined && lastDay && /^кун(?:и|инде)?$/u.test(words[i + 1]?.key ?? '')) {
      const d = new Date(Date.UTC(lastDay.year, lastDay.month - 1, lastDay.day + shift));
      emit(i, i + 1, d.toISOString().slice(0, 10), 'day');
      i += 1;
      continue;
    }
    const y = yearAt(i);
    if (y) {
      if (y.to !== undefined) {
        emit(i, y.next - 1, `${y.year}/${y.to}`, 'interval');
        carried = y.to;
        i = y.next - 1;
        continue;
      }
      carried = y.year;
      const dm = dayMonth(y.next);
      if (dm) {
        i = emitDayMonth(i, dm, y.year);
        continue;
      }
      const month = monthOf(words[y.next]);
      if (month !== undefined) {
        const end = isMonthWord(words[y.next + 1]) ? y.next + 1 : y.next;
        emit(i, end, `${y.year}-${pad(month)}`, 'month');
        i = end;
        continue;
      }
      if (y.plural && y.year % 10 === 0) emit(i, y.next - 1, `${y.year}/${y.year + 9}`, 'interval');
      else emit(i, y.next - 1, String(y.year), 'year');
      i = y.next - 1;
      continue;
    }
    const dm = dayMonth(i);
    if (dm) {
      // A year right after the month (`14 қараша 2019 ж.`, `14 ноября 2019 года`).
      const after = yearAt(dm.next);
      const bare = numberOf(words[dm.next]);
      if (after && after.to === undefined) {
        carried = after.year;
        emitDayMonth(i, { ...dm, next: dm.next }, after.year, after.next - 1);
        i = after.next - 1;
        continue;
      }
      if (bare && bare.to === undefined && bare.ending === '' && isYear(bare.value)) {
        carried = bare.value;
        emitDayMonth(i, dm, bare.value, dm.next);
        i = dm.next;
        continue;
      }
      if (carried !== undefined) {
        const that =
          i >= 2 &&
          /^(?:сол|осы|бул)$/u.test(words[i - 2]!.key) &&
          yearWord(words[i - 1]) !== undefined;
        i = emitDayMonth(that ? i - 2 : i, dm, that ? carried : (bareYear(i) ?? carried));
        continue;
      }
      i = dm.next - 1;
      continue;
    }
    // `Сол жылғы қазанда`, `қыркүйек айында` with a year already named.
    if (carried !== undefined) {
      const k = words[i]!.key;
      if (
        /^(?:сол|осы|бул)$/u.test(k) &&
        yearWord(words[i + 1]) &&
        !yearWord(words[i + 1])!.plural
      ) {
        const month = monthOf(words[i + 2]);
        if (month !== undefined) {
          const end = isMonthWord(words[i + 3]) ? i + 3 : i + 2;
          emit(i, end, `${carried}-${pad(month)}`, 'month');
          i = end;
          continue;
        }
      }
      const month = monthOf(words[i]);
      if (month !== undefined && isMonthWord(words[i + 1])) {
        emit(i, i + 1, `${bareYear(i) ?? carried}-${pad(month)}`, 'month');
        i += 1;
        continue;
      }
      // `Сол жылы` (that year): the last year named.
      const yw = yearWord(words[i + 1]);
      if (
        /^(?:сол)$/u.test(k) &&
        yw &&
        !yw.plural &&
        words[i + 1]!.token.kind === 'word' &&
        !dayMonth(i + 2)
      ) {
        emit(i, i + 1, String(carried), 'year');
        i += 1;
        continue;
      }
    }
    // Years relative to the dateline: `биыл` (this year), `былтыр` (last year), `осы жылы`.
    if (dateline !== undefined) {
      const k = words[i]!.key;
      const relative = /^биыл(?:гы|ы)?$/u.test(k)
        ? 0
        : /^былтыр(?:гы|ы)?$/u.test(k)
          ? -1
          : /^осы$/u.test(k) && yearWord(words[i + 1]) && !yearWord(words[i + 1])!.plural
            ? 0
            : undefined;
      if (relative !== undefined && !dayMonth(/^осы$/u.test(k) ? i + 2 : i + 1)) {
        const end = /^осы$/u.test(k) ? i + 1 : i;
        const month = monthOf(words[end + 1]);
        if (month !== undefined) {
          const last = isMonthWord(words[end + 2]) ? end + 2 : end + 1;
          emit(i, last, `${dateline + relative}-${pad(month)}`, 'month');
          i = last;
        } else {
          emit(i, end, String(dateline + relative), 'year');
          i = end;
        }
      }
    }
  }
  return out;

  /** `1990 жылдары` is read by yearAt; this reads `90-жылдары`, `ХХ ғасырдың 90 жылдары`. */
  function decadeAt(i: number): { from: number; to: number; start: number } | undefined {
    const n = numberOf(words[i]);
    if (!n || n.to !== undefined || n.value < 10 || n.value > 90 || n.value % 10 !== 0) {
      return undefined;
    }
    let to = i;
    if (n.ending !== '') {
      const glued = yearWord({
        token: { ...words[i]!.token, kind: 'word' },
        key: foldConfusables(n.ending),
      });
      if (!glued?.plural) return undefined;
    } else {
      if (words[i + 1]?.token.kind !== 'word' || yearWord(words[i + 1])?.plural !== true) {
        return undefined;
      }
      to = i + 1;
    }
    // A century before it: `ХХ ғасырдың` (Cyrillic or Latin numerals).
    let from = i;
    let base = 1900;
    const roman = words[i - 2]?.token.text.replace(/Х/gu, 'X').replace(/[ІI]/gu, 'I');
    if (words[i - 1] && /^гасыр/u.test(words[i - 1]!.key) && roman && /^[XIV]+$/u.test(roman)) {
      from = i - 2;
      base = roman === 'XXI' ? 2000 : roman === 'XIX' ? 1800 : 1900;
    }
    return { from, to, start: base + n.value };
  }

  function setAnchor(from: number, year: number): void {
    anchor = year;
    anchorLine = lineOf[from]!;
    // A dateline: the first full date of the text, at the start of a line after `Place,`.
    if (dateline === undefined && out.length === 1 && isDatelineStart(from)) dateline = year;
  }

  function isDatelineStart(from: number): boolean {
    const prev = words[from - 1];
    const place = words[from - 2];
    if (!prev || prev.token.text !== ',' || !place || place.token.kind !== 'word') return false;
    const before = words[from - 3];
    return !before || lineOf[from - 3] !== lineOf[from - 2] || before.token.kind === 'word';
  }

  function emitDayMonth(
    from: number,
    dm: { day: number; to?: number; month: number; next: number },
    year: number,
    last = dm.next - 1,
  ): number {
    if (
      !isValidDay(year, dm.month, dm.day) ||
      (dm.to !== undefined && !isValidDay(year, dm.month, dm.to))
    )
      return last;
    const first = `${year}-${pad(dm.month)}-${pad(dm.day)}`;
    // A range across months: `30 қыркүйек – 2 қазан`.
    const dash = words[dm.next];
    if (dm.to === undefined && dash && /^[-–—]$/u.test(dash.token.text)) {
      const second = dayMonth(dm.next + 1);
      if (
        second &&
        second.to === undefined &&
        isValidDay(year, second.month, second.day) &&
        second.month > dm.month
      ) {
        emit(
          from,
          second.next - 1,
          `${first}/${year}-${pad(second.month)}-${pad(second.day)}`,
          'interval',
        );
        setAnchor(from, year);
        return second.next - 1;
      }
    }
    if (dm.to !== undefined)
      emit(from, last, `${first}/${year}-${pad(dm.month)}-${pad(dm.to)}`, 'interval');
    else emit(from, last, first, 'day');
    lastDay = { year, month: dm.month, day: dm.day };
    setAnchor(from, year);
    return last;
  }
}
