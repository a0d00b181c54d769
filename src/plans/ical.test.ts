import { describe, expect, it } from 'vitest';
import { escapeText, fold, planOfCbmsIcs } from './ical.js';

describe('planOfCbmsIcs', () => {
  const plan = {
    year: 2026,
    items: [
      {
        id: 'a1',
        title: 'Семинар: әскери-саяси өлшем, сенім шаралары',
        startsOn: '2026-05-12',
        endsOn: '2026-05-14',
        venue: 'Астана',
        organisers: 'KAZ',
        participants: 'TUR; AZE',
        plan: 'p',
        planTitle: 'Plan',
        area: 'x',
        state: 'KAZ',
      },
    ],
  };

  it('writes one all-day event per activity with an exclusive end date', () => {
    const ics = planOfCbmsIcs(plan, new Date('2026-01-01T00:00:00Z'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260512\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20260515\r\n');
    expect(ics).toContain('UID:a1@senim\r\n');
    expect(ics).toContain('DTSTAMP:20260101T000000Z\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes text and folds long lines at 75 octets without splitting a letter', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'ә'.repeat(60)}`;
    const folded = fold(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const line of folded) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
  });
});
