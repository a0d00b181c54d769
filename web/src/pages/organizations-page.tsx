import { Link } from 'react-router';
import { OrganizationList } from '../../../src/organizations/organization.schema.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent } from '../components/async-content.js';
import { useDocumentTitle } from '../components/document-title.js';
import { useI18n } from '../i18n/i18n-context.js';

export function OrganizationsPage() {
  const { t, text, compare } = useI18n();
  useDocumentTitle(t.organizations.title);
  const list = useApi('/api/organizations?limit=500', OrganizationList);
  return (
    <>
      <h1>{t.organizations.title}</h1>
      <AsyncContent value={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t.organizations.empty}</p>
          ) : (
            <ul className="card-list">
              {[...data.items]
                .sort((a, b) => compare(text(a.name), text(b.name)))
                .map((org) => (
                  <li key={org.id} className="card">
                    <h2>
                      <Link to={`/organizations/${org.id}`}>{text(org.name)}</Link>
                    </h2>
                    {org.abbreviation && <p className="card__kind">{text(org.abbreviation)}</p>}
                    {org.description && <p>{text(org.description)}</p>}
                  </li>
                ))}
            </ul>
          )
        }
      </AsyncContent>
    </>
  );
}
