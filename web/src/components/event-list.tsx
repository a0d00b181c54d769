import { Link } from 'react-router';
import type { LocalizedText } from '../../../src/platform/localized-text.js';
import type { EventType } from '../i18n/domain-terms.js';
import { useI18n } from '../i18n/i18n-context.js';
import { SourceSentenceLink } from '../pages/library/source-sentence-link.js';
import { PartialDate } from './partial-date.js';

export interface EventEntry {
  id: string;
  date: string;
  type: string;
  title: LocalizedText;
  place?: LocalizedText | null;
  instruments?: readonly string[];
  source?: string;
}

/** Events as a list, oldest first unless the caller sorted them otherwise. */
export function EventList({
  events,
  empty,
  instrumentTitles,
}: {
  events: readonly EventEntry[];
  empty: string;
  /** Titles of documents by id, to link the documents an event concerns. */
  instrumentTitles?: ReadonlyMap<string, LocalizedText>;
}) {
  const { t, text } = useI18n();
  if (events.length === 0) return <p>{empty}</p>;
  return (
    <ol className="event-list">
      {events.map((event) => (
        <li key={event.id} className="event">
          <p className="event__meta">
            <PartialDate value={event.date} />
            <span className="event__type">
              {t.eventType[event.type as EventType] ?? event.type}
            </span>
          </p>
          <p className="event__title">{text(event.title)}</p>
          {instrumentTitles && event.instruments && event.instruments.length > 0 && (
            <p className="event__documents">
              {t.event.documents}:{' '}
              {event.instruments.map((id, index) => (
                <span key={id}>
                  {index > 0 && ', '}
                  <Link to={`/instruments/${id}`}>
                    {instrumentTitles.has(id) ? text(instrumentTitles.get(id)!) : id}
                  </Link>
                </span>
              ))}
            </p>
          )}
          {event.place && (
            <p className="event__place">
              {t.event.place}: {text(event.place)}
            </p>
          )}
          <SourceSentenceLink source={event.source} />
        </li>
      ))}
    </ol>
  );
}

/** Link to the timeline filtered by one actor. */
export function TimelineLink({ actor, label }: { actor: string; label: string }) {
  return <Link to={`/timeline?actor=${encodeURIComponent(actor)}`}>{label}</Link>;
}
