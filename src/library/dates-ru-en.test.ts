import { describe, expect, it } from 'vitest';
import { foreignDates } from './dates-ru-en.js';

const values = (text: string, language: 'ru' | 'en'): string[] =>
  foreignDates(text, language).map((d) => `${d.text} → ${d.value} (${d.precision})`);

describe('Russian dates', () => {
  it('reads days, months, years and ranges with their precision', () => {
    expect(
      values(
        'Саммит прошёл 15 октября 2019 года в Душанбе. Встреча 2–4 сентября 2020 г. ' +
          'В марте 2021 года стороны договорились, а в 1999–2001 гг. шли переговоры. ' +
          'Документ от 05.06.2014. Совещание с 10 по 12 мая 2022 года. В 2002 году создана ШОС.',
        'ru',
      ),
    ).toEqual([
      '15 октября 2019 года → 2019-10-15 (day)',
      '2–4 сентября 2020 г. → 2020-09-02/2020-09-04 (interval)',
      'марте 2021 года → 2021-03 (month)',
      '1999–2001 гг. → 1999/2001 (interval)',
      '05.06.2014 → 2014-06-05 (day)',
      'с 10 по 12 мая 2022 года → 2022-05-10/2022-05-12 (interval)',
      '2002 году → 2002 (year)',
    ]);
  });

  it('carries the year to a later day and month, and reads none before a year is named', () => {
    expect(values('Встреча 8 ноября. Саммит 12 сентября 2024 года. Визит 8 ноября.', 'ru')).toEqual(
      ['12 сентября 2024 года → 2024-09-12 (day)', '8 ноября → 2024-11-08 (day)'],
    );
  });

  it('does not take numbers, resolution numbers or impossible days for dates', () => {
    expect(
      values('Резолюция 1540 (2004) Совета. Направлено 2000 военных. 31 июня 2019 года.', 'ru'),
    ).toEqual([]);
  });

  it('gives offsets into the text as filed', () => {
    const text = 'Декларация СВМДА, 5 октября 2021 г., Нур-Султан';
    for (const d of foreignDates(text, 'ru')) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(foreignDates(text, 'ru')).toHaveLength(1);
  });
});

describe('English dates', () => {
  it('reads both day-month orders, ranges, months and years after a preposition', () => {
    expect(
      values(
        'The summit met on 15 October 2019 and again on October 12, 2022. ' +
          'Talks ran 2–4 September 2020 and June 5–7, 2021. In March 2023 the parties met; ' +
          'the test site was closed in 1991, and 1999–2001 saw more talks. Filed 2024-02-29.',
        'en',
      ),
    ).toEqual([
      '15 October 2019 → 2019-10-15 (day)',
      'October 12, 2022 → 2022-10-12 (day)',
      '2–4 September 2020 → 2020-09-02/2020-09-04 (interval)',
      'June 5–7, 2021 → 2021-06-05/2021-06-07 (interval)',
      'March 2023 → 2023-03 (month)',
      '1991 → 1991 (year)',
      '1999–2001 → 1999/2001 (interval)',
      '2024-02-29 → 2024-02-29 (day)',
    ]);
  });

  it('carries the year, and leaves out modal may, bare numbers and resolution numbers', () => {
    expect(
      values(
        'On 3 March the chair wrote. Resolution 1540 (2004) says states may 2 times report. ' +
          'The meeting of 8 November 2023 followed; on 9 November it closed. 2000 troops left.',
        'en',
      ),
    ).toEqual(['8 November 2023 → 2023-11-08 (day)', '9 November → 2023-11-09 (day)']);
  });

  it('refuses days that do not exist', () => {
    expect(values('On 30 February 2021 and 2023-02-29.', 'en')).toEqual([]);
  });
});
