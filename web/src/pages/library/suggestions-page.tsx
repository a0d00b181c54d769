import { useSearchParams } from 'react-router';
import { SuggestionList } from '../../../../src/library/library.schema.js';
import { apiPath } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { LibraryGate } from './library-gate.js';
import { Paging } from './paging.js';
import { SuggestionCard } from './suggestion-card.js';
import './library.css';

const PAGE = 20;

/** The Secretariat's queue: pending suggestions across documents, oldest documents first. */
export function SuggestionsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.suggestionQueue.title);
  return (
    <LibraryGate title={t.suggestionQueue.title} ability="decide">
      <Queue />
    </LibraryGate>
  );
}

function Queue() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const list = useApi(
    apiPath('/api/library/suggestions', { status: 'pending', kind, limit: PAGE, offset }),
    SuggestionList,
  );
  const go = (next: Record<string, string>) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v && v !== '0')));

  return (
    <>
      <h1>{t.suggestionQueue.title}</h1>
      <p className="lead">{t.suggestionQueue.lead}</p>
      <form
        className="library-queue-filter"
        onSubmit={(event) => {
          event.preventDefault();
          go({ kind: String(new FormData(event.currentTarget).get('kind') ?? '') });
        }}
      >
        <div className="field">
          <label htmlFor="queue-kind">{t.suggestionQueue.kind}</label>
          <select id="queue-kind" name="kind" defaultValue={kind} key={kind}>
            <option value="">{t.suggestionQueue.any}</option>
            <option value="event">{t.suggestionKind.event}</option>
            <option value="link">{t.suggestionKind.link}</option>
          </select>
        </div>
        <button type="submit">{t.suggestionQueue.apply}</button>
      </form>
      <AsyncContent value={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t.suggestionQueue.empty}</p>
          ) : (
            <>
              <p role="status">{format(t.suggestionQueue.count, { count: data.total })}</p>
              <ul className="suggestion-list">
                {data.items.map((s) => (
                  <li key={s.id}>
                    <SuggestionCard suggestion={s} showDocument />
                  </li>
                ))}
              </ul>
              <Paging
                total={data.total}
                limit={data.limit}
                offset={data.offset}
                onPage={(next) => go({ kind, offset: String(next) })}
              />
            </>
          )
        }
      </AsyncContent>
    </>
  );
}
