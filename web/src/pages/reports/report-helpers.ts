import { useCallback } from 'react';
import { ReportEntry, type ReportContent } from '../../../../src/reports/report.schema.js';
import { StateList } from '../../../../src/states/state.schema.js';
import { useApi } from '../../api/use-api.js';
import { useI18n } from '../../i18n/i18n-context.js';

export const EMPTY_CONTENT: ReportContent = { nilReturn: false, entries: [], note: '' };

/** A blank entry for a measure, as the form shows it before anything is written. */
export const blankEntry = (measure: string): ReportEntry => ReportEntry.parse({ measure });

export const TEXT_FIELDS = ['done', 'when', 'partners', 'outcomes'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** An entry says something when it is a nil answer or has any text. */
export const entrySaysSomething = (e: ReportEntry): boolean =>
  e.nil ||
  TEXT_FIELDS.some((field) => e[field].trim() !== '') ||
  // Files attached to a measure say something too (when the schema has them).
  ((e as { attachments?: readonly unknown[] }).attachments?.length ?? 0) > 0;

/** What goes to the server: only the entries that say something, in the catalogue's order. */
export function contentToSave(content: ReportContent, order: readonly string[]): ReportContent {
  const position = (id: string) => {
    const at = order.indexOf(id);
    return at < 0 ? order.length : at;
  };
  return {
    ...content,
    entries: content.entries
      .filter(entrySaysSomething)
      .sort((a, b) => position(a.measure) - position(b.measure)),
  };
}

/** Names states in the UI language; the id until the list has come. */
export function useStateNames(): (id: string) => string {
  const states = useApi('/api/states?limit=500', StateList);
  const { text } = useI18n();
  return useCallback(
    (id: string) => {
      const found =
        states.state === 'ready' ? states.data.items.find((s) => s.id === id) : undefined;
      return found ? text(found.name) : id;
    },
    [states, text],
  );
}

/** A moment of the server (ISO) as a local date in the UI language and a time. */
export function useTimestamp(): (iso: string | null) => string {
  const { date } = useI18n();
  return useCallback(
    (iso: string | null) => {
      if (!iso) return '';
      const moment = new Date(iso);
      if (Number.isNaN(moment.getTime())) return iso;
      const two = (n: number) => String(n).padStart(2, '0');
      const day = `${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}`;
      return `${date(day)}, ${two(moment.getHours())}:${two(moment.getMinutes())}`;
    },
    [date],
  );
}
