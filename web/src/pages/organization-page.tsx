import { Link, useParams } from 'react-router';
import { OrganizationDetail } from '../../../src/organizations/organization.schema.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent } from '../components/async-content.js';
import { useDocumentTitle } from '../components/document-title.js';
import { TimelineLink } from '../components/event-list.js';
import { Fact } from '../components/fact.js';
import { PartialDate, Period } from '../components/partial-date.js';
import { Template } from '../components/template.js';
import type { BodyKind } from '../i18n/domain-terms.js';
import { useI18n } from '../i18n/i18n-context.js';
import { MembershipSection } from './membership-section.js';

type Detail = OrganizationDetail;

export function OrganizationPage() {
  const { id = '' } = useParams();
  const detail = useApi(`/api/organizations/${encodeURIComponent(id)}`, OrganizationDetail);
  const { text } = useI18n();
  useDocumentTitle(
    detail.state === 'ready' ? text(detail.data.abbreviation ?? detail.data.name) : null,
  );
  return (
    <AsyncContent value={detail} asPage>
      {(org) => <OrganizationView org={org} />}
    </AsyncContent>
  );
}

function OrganizationView({ org }: { org: Detail }) {
  const { t, text } = useI18n();
  const name = text(org.name);
  return (
    <article className="organization">
      <h1>
        {name}
        {org.abbreviation && <span className="abbreviation"> ({text(org.abbreviation)})</span>}
      </h1>
      {org.description && <p className="lead">{text(org.description)}</p>}
      <dl className="facts">
        {org.headquarters && (
          <Fact term={t.organization.headquarters}>{text(org.headquarters)}</Fact>
        )}
        {org.founded && (
          <Fact term={t.organization.founded}>
            <PartialDate value={org.founded} />
          </Fact>
        )}
      </dl>
      <ul className="link-row">
        {org.hasCatalogue && (
          <li>
            <Link to={`/organizations/${org.id}/catalogue`}>{t.organization.catalogue}</Link>
          </li>
        )}
        <li>
          <TimelineLink actor={org.id} label={t.organization.events} />
        </li>
      </ul>
      <Bodies org={org} />
      <MembershipSection
        organization={org.id}
        organizationName={text(org.abbreviation ?? org.name)}
      />
      <ChairHistory org={org} />
    </article>
  );
}

function Bodies({ org }: { org: Detail }) {
  const { t, text } = useI18n();
  return (
    <section aria-labelledby="bodies-heading">
      <h2 id="bodies-heading">{t.organization.bodies}</h2>
      {org.bodies.length === 0 ? (
        <p>{t.organization.noBodies}</p>
      ) : (
        <ul className="card-list">
          {org.bodies.map((body) => (
            <li key={body.id} className="card">
              <h3>
                <Link to={`/timeline?actor=${encodeURIComponent(body.id)}`}>{text(body.name)}</Link>
              </h3>
              <p className="card__kind">{t.bodyKind[body.kind as BodyKind] ?? body.kind}</p>
              {body.description && <p>{text(body.description)}</p>}
              {body.established && (
                <p>
                  <Template
                    text={t.organization.established}
                    slots={{ date: <PartialDate value={body.established} /> }}
                  />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChairHistory({ org }: { org: Detail }) {
  const { t, text } = useI18n();
  const chairs = [...org.chairmanships].sort((a, b) => a.from.localeCompare(b.from));
  return (
    <section aria-labelledby="chairs-heading">
      <h2 id="chairs-heading">{t.organization.chairs}</h2>
      {chairs.length === 0 ? (
        <p>{t.organization.noChairs}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" id="chairs">
            <thead>
              <tr>
                <th scope="col">{t.organization.state}</th>
                <th scope="col">{t.organization.period}</th>
              </tr>
            </thead>
            <tbody>
              {chairs.map((c) => (
                <tr key={`${c.state}-${c.from}`}>
                  <th scope="row">
                    <Link to={`/states/${c.state}`}>{text(c.name)}</Link>
                  </th>
                  <td>
                    <Period from={c.from} to={c.to} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
