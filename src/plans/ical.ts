import type { PlanOfCbms } from './plan.schema.js';

/**
 * The Plan of CBMs as an iCalendar feed (RFC 5545): one all-day VEVENT per activity, so calendars
 * can subscribe to it.
 */
export function planOfCbmsIcs(plan: PlanOfCbms, now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = (iso: string) => iso.replace(/-/g, '');
  const nextDay = (iso: string) =>
    day(new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Senim//Plan of CBMs//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(`Plan of CBMs ${plan.year}`)}`,
  ];
  for (const item of plan.items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.id}@senim`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(item.startsOn)}`,
      // DTEND of an all-day event is exclusive: the day after the last.
      `DTEND;VALUE=DATE:${nextDay(item.endsOn)}`,
      `SUMMARY:${escapeText(item.title)}`,
      ...(item.venue ? [`LOCATION:${escapeText(item.venue)}`] : []),
      `DESCRIPTION:${escapeText([item.organisers && `Organisers: ${item.organisers}`, item.participants && `Participants: ${item.participants}`, `Area: ${item.area}; coordinator: ${item.state}`].filter(Boolean).join('\n'))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF and a space, without splitting a UTF-8 character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
