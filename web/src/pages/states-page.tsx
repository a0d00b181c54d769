import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { StateList } from '../../../src/states/state.schema.js';
import { apiPath } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { AsyncContent } from '../components/async-content.js';
import { useDocumentTitle } from '../components/document-title.js';
import { format } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

/** All states of the record, with a name search kept in `?q=`. */
export function StatesPage() {
  const { t, text, compare } = useI18n();
  useDocumentTitle(t.states.title);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const list = useApi(apiPath('/api/states', { q: q.trim(), limit: 500 }), StateList);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft.trim() ? { q: draft.trim() } : {});
  };

  return (
    <>
      <h1>{t.states.title}</h1>
      <form role="search" className="inline-form" onSubmit={submit}>
        <label htmlFor="state-search">{t.states.search}</label>
        <input
          id="state-search"
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">{t.states.submit}</button>
        {q && (
          <button
            type="button"
            onClick={() => {
              setDraft('');
              setParams({});
            }}
          >
            {t.states.clear}
          </button>
        )}
      </form>
      <AsyncContent value={list}>
        {(data) => (
          <>
            <p role="status">{format(t.states.found, { count: data.total })}</p>
            {data.items.length === 0 ? (
              <p>{t.states.empty}</p>
            ) : (
              <ul className="column-list" id="states">
                {[...data.items]
                  .sort((a, b) => compare(text(a.name), text(b.name)))
                  .map((s) => (
                    <li key={s.id}>
                      <Link to={`/states/${s.id}`}>{text(s.name)}</Link>
                      {s.historical && <span className="muted"> ({t.state.historical})</span>}
                    </li>
                  ))}
              </ul>
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}
