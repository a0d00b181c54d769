import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { format, formatPartialDate, formatPeriod, yearOf } from './format.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('Found: {count} of {total}', { count: 3 })).toBe('Found: 3 of {total}');
  });
});

describe('formatPartialDate', () => {
  it('keeps the precision of the record', () => {
    expect(formatPartialDate('1999', kk)).toBe('1999 ж.');
    expect(formatPartialDate('2007-03', kk)).toBe('2007 ж. наурыз');
    expect(formatPartialDate('2006-06-17', kk)).toBe('2006 ж. 17 маусым');
  });

  it('uses the grammar of each language', () => {
    expect(formatPartialDate('2007-03', ru)).toBe('март 2007 г.');
    expect(formatPartialDate('2006-06-17', ru)).toBe('17 июня 2006 г.');
    expect(formatPartialDate('2006-06-07', en)).toBe('7 June 2006');
    expect(formatPartialDate('1992', en)).toBe('1992');
  });

  it('shows unknown and malformed dates without inventing one', () => {
    expect(formatPartialDate(null, en)).toBe('unknown');
    expect(formatPartialDate('around 2000', en)).toBe('around 2000');
  });
});

describe('formatPeriod', () => {
  it('reads an open end as the present', () => {
    expect(formatPeriod('2024', null, en)).toBe('2024 – present');
    expect(formatPeriod('2002', '2010', kk)).toBe('2002 ж. – 2010 ж.');
  });
  it('yearOf takes the year of a partial date', () => {
    expect(yearOf('2006-06-17')).toBe('2006');
    expect(yearOf(null)).toBeNull();
  });
});
