import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ActorList, EventList as EventListSchema } from '../../../src/events/event.schema.js';
import { InstrumentList } from '../../../src/instruments/instrument.schema.js';
import { EVENT_TYPES } from '../../../src/packs/pack.schema.js';
import { apiPath } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent } from '../components/async-content.js';
import { useDocumentTitle } from '../components/document-title.js';
import { EventList } from '../components/event-list.js';
import { format } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

const FILTERS = ['actor', 'type', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** Events by year; the filters live in the URL (`?actor=&type=&from=&to=`) so a view can be shared. */
export function TimelinePage() {
  const { t } = useI18n();
  useDocumentTitle(t.timeline.title);
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const events = useApi(apiPath('/api/events', { ...filters, limit: 500 }), EventListSchema);

  const apply = (next: Filters) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v.trim() !== '')));

  return (
    <>
      <h1>{t.timeline.title}</h1>
      <FilterForm key={params.toString()} initial={filters} onApply={apply} />
      <AsyncContent value={events}>
        {(list) => (
          <>
            <p role="status">{format(t.timeline.found, { count: list.total })}</p>
            <YearGroups events={list.items} />
          </>
        )}
      </AsyncContent>
    </>
  );
}

function YearGroups({ events }: { events: EventListSchema['items'] }) {
  const { t } = useI18n();
  const instruments = useApi('/api/instruments?limit=500', InstrumentList);
  const titles = useMemo(
    () =>
      new Map(
        instruments.state === 'ready' ? instruments.data.items.map((i) => [i.id, i.title]) : [],
      ),
    [instruments],
  );
  if (events.length === 0) return <p>{t.timeline.empty}</p>;
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const years = [...new Set(sorted.map((e) => e.date.slice(0, 4)))];
  return (
    <div className="timeline">
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`} className="timeline__year">
          <h2 id={`year-${year}`}>{year}</h2>
          <EventList
            events={sorted.filter((e) => e.date.startsWith(year))}
            empty=""
            instrumentTitles={titles}
          />
        </section>
      ))}
    </div>
  );
}

function FilterForm({ initial, onApply }: { initial: Filters; onApply(filters: Filters): void }) {
  const { t, text, compare } = useI18n();
  const actors = useApi('/api/actors', ActorList);
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: e.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const groups = [
    ['state', t.timeline.states],
    ['organization', t.timeline.organizations],
    ['body', t.timeline.bodies],
  ] as const;

  return (
    <form className="filters" onSubmit={submit} aria-label={t.timeline.filters}>
      <div className="field">
        <label htmlFor="filter-actor">{t.timeline.actor}</label>
        <select id="filter-actor" value={draft.actor} onChange={set('actor')}>
          <option value="">{t.timeline.anyActor}</option>
          {actors.state === 'ready' &&
            groups.map(([kind, label]) => (
              <optgroup key={kind} label={label}>
                {actors.data.items
                  .filter((a) => a.kind === kind)
                  .sort((a, b) => compare(text(a.name), text(b.name)))
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {text(a.name)}
                    </option>
                  ))}
              </optgroup>
            ))}
          {actors.state !== 'ready' && draft.actor && (
            <option value={draft.actor}>{draft.actor}</option>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-type">{t.timeline.type}</label>
        <select id="filter-type" value={draft.type} onChange={set('type')}>
          <option value="">{t.timeline.anyType}</option>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t.eventType[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-from">{t.timeline.from}</label>
        <input
          id="filter-from"
          value={draft.from}
          onChange={set('from')}
          inputMode="numeric"
          aria-describedby="date-hint"
          size={10}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-to">{t.timeline.to}</label>
        <input
          id="filter-to"
          value={draft.to}
          onChange={set('to')}
          inputMode="numeric"
          aria-describedby="date-hint"
          size={10}
        />
      </div>
      <p id="date-hint" className="hint">
        {t.timeline.dateHint}
      </p>
      <div className="filters__actions">
        <button type="submit">{t.timeline.apply}</button>
        <button type="button" onClick={() => onApply({ actor: '', type: '', from: '', to: '' })}>
          {t.timeline.reset}
        </button>
      </div>
    </form>
  );
}
