import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DocumentList, SearchResult } from '../../../../src/library/library.schema.js';
import { apiPath } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { PartialDate } from '../../components/partial-date.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { FacetList, FILTER_KEYS, useFacetLabel, type FilterKey } from './search-facets.js';
import { Paging } from './paging.js';
import { snippetParts } from './text-marks.js';
import { isPartialDate, useLibraryAbilities } from './use-library-data.js';
import './library.css';

const PAGE = 20;

/**
 * The library's search: the query, filters and page live in the URL (`/library?q=…&language=kk`),
 * so a search can be shared and reloaded. Without a query, the newest documents.
 */
export function SearchPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const abilities = useLibraryAbilities();
  useDocumentTitle(q ? `${q} — ${t.library.title}` : t.library.title);

  const change = (next: Record<string, string | null>) => {
    const updated = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) updated.set(key, value);
      else updated.delete(key);
    }
    if (!('offset' in next)) updated.delete('offset');
    setParams(updated);
  };

  return (
    <>
      <h1>{t.library.title}</h1>
      <p className="lead">{t.library.lead}</p>
      <ul className="library-actions">
        {abilities.add && (
          <li>
            <Link to="/library/new" className="button-link">
              {t.library.upload}
            </Link>
          </li>
        )}
        {abilities.decide && (
          <li>
            <Link to="/library/suggestions">{t.library.suggestions}</Link>
          </li>
        )}
        <li>
          <Link to="/library/glossary">{t.library.glossary}</Link>
        </li>
      </ul>
      <QueryForm key={q} initial={q} onSearch={(next) => change({ q: next })} />
      {q ? (
        <Results params={params} q={q} offset={offset} change={change} />
      ) : (
        <Newest offset={offset} onPage={(next) => change({ offset: String(next) })} />
      )}
    </>
  );
}

function QueryForm({ initial, onSearch }: { initial: string; onSearch(q: string): void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" className="library-search" onSubmit={submit}>
      <label htmlFor="library-q">{t.library.query}</label>
      <p id="library-q-hint" className="hint">
        {t.library.queryHint}
      </p>
      <div className="library-search__row">
        <input
          id="library-q"
          type="search"
          name="q"
          value={value}
          aria-describedby="library-q-hint"
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit">{t.library.search}</button>
      </div>
    </form>
  );
}

function Newest({ offset, onPage }: { offset: number; onPage(offset: number): void }) {
  const { t } = useI18n();
  const list = useApi(apiPath('/api/library/documents', { limit: PAGE, offset }), DocumentList);
  return (
    <section aria-labelledby="library-newest">
      <h2 id="library-newest">{t.library.newest}</h2>
      <AsyncContent value={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t.library.emptyLibrary}</p>
          ) : (
            <>
              <ol className="library-results">
                {data.items.map((d) => (
                  <li key={d.id} className="library-result">
                    <ResultHeading
                      id={d.id}
                      title={d.title}
                      language={d.language}
                      type={d.type}
                      date={d.date}
                    />
                  </li>
                ))}
              </ol>
              <Paging total={data.total} limit={data.limit} offset={data.offset} onPage={onPage} />
            </>
          )
        }
      </AsyncContent>
    </section>
  );
}

function Results({
  params,
  q,
  offset,
  change,
}: {
  params: URLSearchParams;
  q: string;
  offset: number;
  change(next: Record<string, string | null>): void;
}) {
  const { t } = useI18n();
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, params.get(key) ?? '']),
  ) as Record<FilterKey, string>;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const result = useApi(
    apiPath('/api/search', { q, ...filters, from, to, limit: PAGE, offset }),
    SearchResult,
  );
  const label = useFacetLabel();
  const chosen = FILTER_KEYS.filter((key) => filters[key]);

  return (
    <div className="library-layout">
      <aside className="library-filters" aria-labelledby="library-filters-title">
        <h2 id="library-filters-title">{t.library.filters}</h2>
        {chosen.length > 0 && (
          <div className="library-chosen">
            <p>{t.library.active}</p>
            <ul>
              {chosen.map((key) => {
                const name = `${t.facet[key]}: ${label(key, filters[key])}`;
                return (
                  <li key={key}>
                    <button
                      type="button"
                      className="library-chip"
                      aria-label={format(t.library.remove, { name })}
                      onClick={() => change({ [key]: null })}
                    >
                      {name} ×
                    </button>
                  </li>
                );
              })}
            </ul>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                change(Object.fromEntries([...FILTER_KEYS, 'from', 'to'].map((k) => [k, null])))
              }
            >
              {t.library.clearAll}
            </button>
          </div>
        )}
        <DateRange key={`${from}|${to}`} from={from} to={to} onApply={change} />
        {result.state === 'ready' && (
          <FacetList
            facets={result.data.facets}
            chosen={filters}
            onChoose={(key, value) =>
              key === 'year' ? change({ from: value, to: value }) : change({ [key]: value })
            }
          />
        )}
      </aside>
      <section className="library-main" aria-labelledby="library-results">
        <h2 id="library-results">{t.library.results}</h2>
        <AsyncContent value={result}>
          {(data) => (
            <>
              <p role="status">{format(t.library.found, { count: data.total })}</p>
              {data.corrections.length > 0 && (
                <p className="library-corrections">
                  {t.library.corrected}{' '}
                  {data.corrections.map((c, i) => (
                    <span key={c.from}>
                      {i > 0 && ', '}
                      <strong>{format(t.library.correction, { from: c.from, to: c.to })}</strong>
                    </span>
                  ))}
                </p>
              )}
              {data.expansions.length > 0 && (
                <p className="library-expansions">
                  {t.library.expanded}{' '}
                  {data.expansions.map((e, i) => (
                    <span key={`${e.kind}:${e.term}`}>
                      {i > 0 && ', '}
                      <span className="library-term">{e.term}</span>{' '}
                      <span className="muted">({t.expansionKind[e.kind]})</span>
                    </span>
                  ))}
                </p>
              )}
              {data.items.length === 0 ? (
                <p className="library-empty">{t.library.empty}</p>
              ) : (
                <ol className="library-results">
                  {data.items.map((item) => (
                    <li key={item.document} className="library-result">
                      <ResultHeading
                        id={item.document}
                        title={item.title}
                        language={item.language}
                        type={item.type}
                        date={item.date}
                      />
                      <p className="library-snippet" lang={item.language}>
                        {snippetParts(item.snippet, item.highlights).map((part, i) =>
                          part.match ? <mark key={i}>{part.text}</mark> : part.text,
                        )}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              <Paging
                total={data.total}
                limit={data.limit}
                offset={data.offset}
                onPage={(next) => change({ offset: String(next) })}
              />
            </>
          )}
        </AsyncContent>
      </section>
    </div>
  );
}

function ResultHeading({
  id,
  title,
  language,
  type,
  date,
}: {
  id: string;
  title: string;
  language: 'kk' | 'ru' | 'en';
  type: keyof ReturnType<typeof useI18n>['t']['documentType'];
  date: string | null;
}) {
  const { t } = useI18n();
  return (
    <>
      <h3 className="library-result__title">
        <Link to={`/library/${id}`} lang={language}>
          {title}
        </Link>
      </h3>
      <p className="library-result__meta">
        <span>{t.documentLanguage[language]}</span>
        {' · '}
        <span>{t.documentType[type]}</span>
        {' · '}
        <PartialDate value={date} />
      </p>
    </>
  );
}

function DateRange({
  from,
  to,
  onApply,
}: {
  from: string;
  to: string;
  onApply(next: Record<string, string | null>): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ from, to });
  const [problem, setProblem] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { from: draft.from.trim(), to: draft.to.trim() };
    const bad = [next.from, next.to].some((v) => v !== '' && !isPartialDate(v));
    setProblem(bad);
    if (!bad) onApply({ from: next.from || null, to: next.to || null });
  };
  return (
    <form className="library-dates" onSubmit={submit} noValidate>
      <p id="library-dates-hint" className="hint">
        {t.library.dateHint}
      </p>
      {(['from', 'to'] as const).map((bound) => (
        <div className="field" key={bound}>
          <label htmlFor={`library-${bound}`}>{t.library[bound]}</label>
          <input
            id={`library-${bound}`}
            inputMode="numeric"
            value={draft[bound]}
            aria-describedby="library-dates-hint"
            {...(problem ? { 'aria-invalid': true } : {})}
            onChange={(e) => setDraft({ ...draft, [bound]: e.target.value })}
          />
        </div>
      ))}
      {problem && (
        <p className="field__error" role="alert">
          {t.library.badDate}
        </p>
      )}
      <button type="submit">{t.library.apply}</button>
    </form>
  );
}
