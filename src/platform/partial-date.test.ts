import { describe, expect, it } from 'vitest';
import { FullDate, PartialDate, parsePartialDate } from './partial-date.js';

describe('parsePartialDate', () => {
  it('gives the span a partial date covers', () => {
    expect(parsePartialDate('1999')).toEqual({
      precision: 'year',
      lo: '1999-01-01',
      hi: '1999-12-31',
    });
    expect(parsePartialDate('2007-03')).toEqual({
      precision: 'month',
      lo: '2007-03-01',
      hi: '2007-03-31',
    });
    expect(parsePartialDate('2024-02')?.hi).toBe('2024-02-29');
    expect(parsePartialDate('2023-02')?.hi).toBe('2023-02-28');
    expect(parsePartialDate('2006-06-17')).toEqual({
      precision: 'day',
      lo: '2006-06-17',
      hi: '2006-06-17',
    });
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of [
      '99',
      '2006-13',
      '2006-00-10',
      '2006-02-30',
      '2006-6-17',
      '2006/06/17',
      'yesterday',
      '',
    ]) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });

  it('backs the schemas', () => {
    expect(PartialDate.safeParse('2007-03').success).toBe(true);
    expect(FullDate.safeParse('2007-03').success).toBe(false);
    expect(FullDate.safeParse('2007-03-01').success).toBe(true);
  });
});
