import { useSearchParams } from 'react-router';
import { CommitmentList } from '../../../../src/commitments/commitment.schema.js';
import { apiPath } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CommitmentEditor } from './commitment-editor.js';
import { useActor, useCatalogue, useStateName, useStates } from './use-plans-data.js';
import { YearPicker } from './year-picker.js';
import './plans.css';

/**
 * Which measures the states implement in a year. The focal point of a state (or the Secretariat,
 * for any state) declares them; everyone else reads the list.
 */
export function CommitmentsPage() {
  const { t, text } = useI18n();
  const [params, setParams] = useSearchParams();
  const actor = useActor();
  const states = useStates();
  const year = /^\d{4}$/.test(params.get('year') ?? '')
    ? Number(params.get('year'))
    : new Date().getFullYear();
  const declares =
    actor.declaresCommitments && (actor.commitmentsForAnyState || actor.state !== null);
  const state = actor.commitmentsForAnyState ? (params.get('state') ?? '') : (actor.state ?? '');
  useDocumentTitle(t.commitments.title);

  return (
    <>
      <h1>{t.commitments.title}</h1>
      <p className="lead">{t.commitments.lead}</p>
      <YearPicker
        id="commitments-year"
        label={t.commitments.year}
        year={year}
        onChange={(y) => setParams({ year: String(y), ...(state ? { state } : {}) })}
      />
      {actor.commitmentsForAnyState && (
        <form
          className="plans-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const chosen = String(new FormData(event.currentTarget).get('state') ?? '');
            setParams({ year: String(year), ...(chosen ? { state: chosen } : {}) });
          }}
        >
          <div className="field">
            <label htmlFor="commitments-state">{t.commitments.state}</label>
            <select id="commitments-state" name="state" defaultValue={state} key={state}>
              <option value="">{t.plans.any}</option>
              {states.state === 'ready' &&
                states.data.items
                  .filter((s) => !s.historical)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {text(s.name)}
                    </option>
                  ))}
            </select>
          </div>
          <button type="submit">{t.commitments.show}</button>
        </form>
      )}
      {declares && state ? (
        <CommitmentEditor key={`${state}:${year}`} state={state} year={year} />
      ) : (
        <CommitmentsList year={year} />
      )}
    </>
  );
}

/** The declarations of every state for a year, read-only. */
function CommitmentsList({ year }: { year: number }) {
  const { t, text } = useI18n();
  const list = useApi(apiPath('/api/commitments', { year }), CommitmentList);
  const catalogue = useCatalogue();
  const stateName = useStateName();
  const measures = new Map(
    catalogue.state === 'ready'
      ? catalogue.data.dimensions.flatMap((d) =>
          d.areas.flatMap((a) => a.measures.map((m) => [m.id, m.text] as const)),
        )
      : [],
  );
  return (
    <AsyncContent value={list}>
      {(data) =>
        data.items.length === 0 ? (
          <p>{t.commitments.empty}</p>
        ) : (
          <section aria-labelledby="commitments-list">
            <h2 id="commitments-list">{format(t.commitments.caption, { year })}</h2>
            <ul className="card-list">
              {data.items.map((item) => (
                <li key={item.state} className="card">
                  <h3>{stateName(item.state)}</h3>
                  <p className="muted">
                    {format(t.commitments.measureCount, { count: item.measures.length })}
                  </p>
                  <details>
                    <summary>{t.commitments.measures}</summary>
                    <ul>
                      {item.measures.map((id) => {
                        const name = measures.get(id);
                        return <li key={id}>{name ? text(name) : id}</li>;
                      })}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
          </section>
        )
      }
    </AsyncContent>
  );
}
