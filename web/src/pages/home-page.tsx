import { Link } from 'react-router';
import { EventList as EventListSchema } from '../../../src/events/event.schema.js';
import { OrganizationDetail } from '../../../src/organizations/organization.schema.js';
import { parsePartialDate, todayIso } from '../../../src/platform/partial-date.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent } from '../components/async-content.js';
import { useDocumentTitle } from '../components/document-title.js';
import { EventList } from '../components/event-list.js';
import { format } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

/** The organisation the home page introduces: Senim's first. */
const FEATURED = 'CICA';
const LATEST = 5;

export function HomePage() {
  const { t } = useI18n();
  useDocumentTitle(null);
  const org = useApi(`/api/organizations/${FEATURED}`, OrganizationDetail);
  const events = useApi(`/api/events?actor=${FEATURED}&limit=500`, EventListSchema);
  return (
    <>
      <h1>{t.home.title}</h1>
      <p className="lead">{t.home.lead}</p>
      <AsyncContent value={org}>{(detail) => <Glance org={detail} />}</AsyncContent>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t.home.latestEvents}</h2>
        <AsyncContent value={events}>
          {(list) => (
            <EventList
              events={[...list.items].sort((a, b) => b.date.localeCompare(a.date)).slice(0, LATEST)}
              empty={t.timeline.empty}
            />
          )}
        </AsyncContent>
        <p>
          <Link to={`/timeline?actor=${FEATURED}`}>{t.home.openTimeline}</Link>
        </p>
      </section>
      <section aria-labelledby="explore-heading">
        <h2 id="explore-heading">{t.home.explore}</h2>
        <ul className="link-list">
          <li>
            <Link to={`/organizations/${FEATURED}`}>{t.home.openOrganization}</Link>
          </li>
          <li>
            <Link to={`/organizations/${FEATURED}/catalogue`}>{t.home.openCatalogue}</Link>
          </li>
          <li>
            <Link to="/timeline">{t.home.openTimeline}</Link>
          </li>
          <li>
            <Link to="/states">{t.home.openStates}</Link>
          </li>
          <li>
            <Link to="/instruments">{t.home.openInstruments}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}

function Glance({ org }: { org: OrganizationDetail }) {
  const { t, text } = useI18n();
  const chair = currentChair(org.chairmanships);
  return (
    <section aria-labelledby="glance-heading">
      <h2 id="glance-heading">
        <Link to={`/organizations/${org.id}`}>
          {format(t.home.glanceTitle, { organization: text(org.abbreviation ?? org.name) })}
        </Link>
      </h2>
      {org.description && <p>{text(org.description)}</p>}
      <dl className="glance">
        <div>
          <dt>{t.home.membersToday}</dt>
          <dd className="glance__number">{org.counts.member}</dd>
        </div>
        <div>
          <dt>{t.home.observersToday}</dt>
          <dd className="glance__number">{org.counts.observer}</dd>
        </div>
        <div>
          <dt>{t.home.currentChair}</dt>
          <dd>
            {chair ? <Link to={`/states/${chair.state}`}>{text(chair.name)}</Link> : t.home.noChair}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** The chairmanship running today; when two overlap (a hand-over year), the later one. */
function currentChair(chairs: OrganizationDetail['chairmanships']) {
  const today = todayIso();
  const running = chairs.filter((c) => {
    const from = parsePartialDate(c.from);
    const to = c.to === null ? null : parsePartialDate(c.to);
    return from !== null && from.lo <= today && (to === null || to.hi >= today);
  });
  return running.sort((a, b) => b.from.localeCompare(a.from))[0] ?? null;
}
