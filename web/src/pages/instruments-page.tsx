import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { InstrumentList } from '../../../src/instruments/instrument.schema.js';
import { OrganizationList } from '../../../src/organizations/organization.schema.js';
import { INSTRUMENT_KINDS } from '../../../src/packs/pack.schema.js';
import { apiPath } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent } from '../components/async-content.js';
import { useDocumentTitle } from '../components/document-title.js';
import { PartialDate } from '../components/partial-date.js';
import { format } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

/** Documents of the record, filtered by kind and organisation (`?kind=&organization=`). */
export function InstrumentsPage() {
  const { t, text } = useI18n();
  useDocumentTitle(t.instruments.title);
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const organization = params.get('organization') ?? '';
  const list = useApi(
    apiPath('/api/instruments', { kind, organization, limit: 500 }),
    InstrumentList,
  );
  const organizations = useApi('/api/organizations?limit=500', OrganizationList);
  const [draft, setDraft] = useState({ kind, organization });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (draft.kind) next['kind'] = draft.kind;
    if (draft.organization) next['organization'] = draft.organization;
    setParams(next);
  };

  return (
    <>
      <h1>{t.instruments.title}</h1>
      <form className="filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor="instrument-kind">{t.instruments.kind}</label>
          <select
            id="instrument-kind"
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
          >
            <option value="">{t.instruments.any}</option>
            {INSTRUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.instrumentKind[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="instrument-organization">{t.instruments.organization}</label>
          <select
            id="instrument-organization"
            value={draft.organization}
            onChange={(e) => setDraft({ ...draft, organization: e.target.value })}
          >
            <option value="">{t.instruments.any}</option>
            {organizations.state === 'ready' &&
              organizations.data.items.map((o) => (
                <option key={o.id} value={o.id}>
                  {text(o.abbreviation ?? o.name)}
                </option>
              ))}
          </select>
        </div>
        <button type="submit">{t.instruments.filter}</button>
      </form>
      <AsyncContent value={list}>
        {(data) => (
          <>
            <p role="status">{format(t.instruments.found, { count: data.total })}</p>
            {data.items.length === 0 ? (
              <p>{t.instruments.empty}</p>
            ) : (
              <div className="table-wrap">
                <table className="data-table" id="instruments">
                  <thead>
                    <tr>
                      <th scope="col">{t.instruments.name}</th>
                      <th scope="col">{t.instruments.kind}</th>
                      <th scope="col">{t.instruments.date}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((i) => (
                      <tr key={i.id}>
                        <th scope="row">
                          <Link to={`/instruments/${i.id}`}>{text(i.title)}</Link>
                        </th>
                        <td>{t.instrumentKind[i.kind]}</td>
                        <td>
                          <PartialDate value={i.adopted ?? i.signed ?? i.inForce} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}
