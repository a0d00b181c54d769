import { Link, useParams } from 'react-router';
import { InstrumentDetail } from '../../../src/instruments/instrument.schema.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent } from '../components/async-content.js';
import { useDocumentTitle } from '../components/document-title.js';
import { EventList } from '../components/event-list.js';
import { Fact } from '../components/fact.js';
import { PartialDate } from '../components/partial-date.js';
import type { InstrumentKind } from '../i18n/domain-terms.js';
import { useI18n } from '../i18n/i18n-context.js';

export function InstrumentPage() {
  const { id = '' } = useParams();
  const detail = useApi(`/api/instruments/${encodeURIComponent(id)}`, InstrumentDetail);
  const { text } = useI18n();
  useDocumentTitle(detail.state === 'ready' ? text(detail.data.title) : null);
  return (
    <AsyncContent value={detail} asPage>
      {(instrument) => <InstrumentView instrument={instrument} />}
    </AsyncContent>
  );
}

function InstrumentView({ instrument: i }: { instrument: InstrumentDetail }) {
  const { t, text, compare } = useI18n();
  const dates = [
    [t.instrument.adopted, i.adopted],
    [t.instrument.signed, i.signed],
    [t.instrument.inForce, i.inForce],
    [t.instrument.withdrawn, i.withdrawn],
  ] as const;
  return (
    <article>
      <h1>{text(i.title)}</h1>
      <dl className="facts">
        <Fact term={t.instrument.kind}>{t.instrumentKind[i.kind as InstrumentKind] ?? i.kind}</Fact>
        {i.organization && i.organizationName && (
          <Fact term={t.instrument.organization}>
            <Link to={`/organizations/${i.organization}`}>{text(i.organizationName)}</Link>
          </Fact>
        )}
        {i.body && <Fact term={t.instrument.body}>{text(i.body.name)}</Fact>}
        {i.place && <Fact term={t.instrument.place}>{text(i.place)}</Fact>}
        {dates.map(([label, value]) =>
          value ? (
            <Fact key={label} term={label}>
              <PartialDate value={value} />
            </Fact>
          ) : null,
        )}
      </dl>
      {i.parties.length > 0 && (
        <section aria-labelledby="parties-heading">
          <h2 id="parties-heading">{t.instrument.parties}</h2>
          <ul className="column-list">
            {[...i.parties]
              .sort((a, b) => compare(text(a.name), text(b.name)))
              .map((p) => (
                <li key={p.id}>
                  <Link to={`/states/${p.id}`}>{text(p.name)}</Link>
                </li>
              ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="instrument-events-heading">
        <h2 id="instrument-events-heading">{t.instrument.events}</h2>
        <EventList
          events={[...i.events].sort((a, b) => a.date.localeCompare(b.date))}
          empty={t.state.none}
        />
      </section>
    </article>
  );
}
