import { Link, useParams } from 'react-router';
import { StateProfile } from '../../../src/states/state.schema.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent } from '../components/async-content.js';
import { useDocumentTitle } from '../components/document-title.js';
import { EventList } from '../components/event-list.js';
import { PartialDate, Period } from '../components/partial-date.js';
import type { InstrumentKind } from '../i18n/domain-terms.js';
import { useI18n } from '../i18n/i18n-context.js';

export function StatePage() {
  const { id = '' } = useParams();
  const profile = useApi(`/api/states/${encodeURIComponent(id)}`, StateProfile);
  const { text } = useI18n();
  useDocumentTitle(profile.state === 'ready' ? text(profile.data.name) : null);
  return (
    <AsyncContent value={profile} asPage>
      {(state) => <StateView state={state} />}
    </AsyncContent>
  );
}

function StateView({ state }: { state: StateProfile }) {
  const { t, text } = useI18n();
  return (
    <article>
      <h1>{text(state.name)}</h1>
      {state.historical && <p className="badge">{t.state.historical}</p>}

      <section aria-labelledby="memberships-heading">
        <h2 id="memberships-heading">{t.state.memberships}</h2>
        {state.memberships.length === 0 ? (
          <p>{t.state.noMemberships}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table" id="memberships">
              <thead>
                <tr>
                  <th scope="col">{t.state.organization}</th>
                  <th scope="col">{t.state.status}</th>
                  <th scope="col">{t.state.period}</th>
                </tr>
              </thead>
              <tbody>
                {[...state.memberships]
                  .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))
                  .map((m) => (
                    <tr key={`${m.organization.id}-${m.status}-${m.from ?? ''}`}>
                      <th scope="row">
                        <Link to={`/organizations/${m.organization.id}`}>
                          {text(m.organization.name)}
                        </Link>
                      </th>
                      <td>{t.membershipStatus[m.status]}</td>
                      <td>
                        <Period from={m.from} to={m.to} />
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {state.chairmanships.length > 0 && (
        <section aria-labelledby="chairmanships-heading">
          <h2 id="chairmanships-heading">{t.state.chairmanships}</h2>
          <ul>
            {state.chairmanships.map((c) => (
              <li key={`${c.organization.id}-${c.from}`}>
                <Link to={`/organizations/${c.organization.id}`}>{text(c.organization.name)}</Link>:{' '}
                <Period from={c.from} to={c.to} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="coordinator-heading">
        <h2 id="coordinator-heading">{t.state.coordinatorRoles}</h2>
        {state.coordinatorRoles.length === 0 ? (
          <p>{t.state.none}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.state.dimension}</th>
                  <th scope="col">{t.state.area}</th>
                  <th scope="col">{t.state.role}</th>
                </tr>
              </thead>
              <tbody>
                {state.coordinatorRoles.map((r) => (
                  <tr key={`${r.dimension.id}-${r.area?.id ?? ''}-${r.role}`}>
                    <th scope="row">
                      <Link to={`/organizations/${r.organization}/catalogue#${r.dimension.id}`}>
                        {text(r.dimension.name)}
                      </Link>
                    </th>
                    <td>{r.area ? text(r.area.name) : t.state.wholeDimension}</td>
                    <td>
                      {t.role[r.role]}
                      {(r.from || r.to) && (
                        <>
                          {' '}
                          (<Period from={r.from} to={r.to} />)
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="instruments-heading">
        <h2 id="instruments-heading">{t.state.instruments}</h2>
        {state.instruments.length === 0 ? (
          <p>{t.state.none}</p>
        ) : (
          <ul className="link-list">
            {state.instruments.map((i) => (
              <li key={i.id}>
                <Link to={`/instruments/${i.id}`}>{text(i.title)}</Link>{' '}
                <span className="muted">
                  ({t.instrumentKind[i.kind as InstrumentKind] ?? i.kind}
                  {i.date && (
                    <>
                      , <PartialDate value={i.date} />
                    </>
                  )}
                  )
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t.state.events}</h2>
        <EventList
          events={[...state.events].sort((a, b) => a.date.localeCompare(b.date))}
          empty={t.state.none}
        />
        {state.events.length > 0 && (
          <p>
            <Link to={`/timeline?actor=${state.id}`}>{t.timeline.all}</Link>
          </p>
        )}
      </section>
    </article>
  );
}
