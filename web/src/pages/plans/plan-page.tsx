import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Plan } from '../../../../src/plans/plan.schema.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActivityDates } from './activity-dates.js';
import { areaNames } from './plan-helpers.js';
import { PlanActions } from './plan-actions.js';
import { StatusBadge } from './status-badge.js';
import { useCatalogue, useStateName } from './use-plans-data.js';
import './plans.css';

/** One plan: what it says, its activities, its status, and what the reader may do with it. */
export function PlanPage() {
  const { id = '' } = useParams();
  const plan = useApi(`/api/plans/${encodeURIComponent(id)}`, Plan);
  return (
    <AsyncContent value={plan} asPage>
      {(data) => <PlanView key={`${data.id}:${data.revision}`} loaded={data} />}
    </AsyncContent>
  );
}

function PlanView({ loaded }: { loaded: Plan }) {
  const { t, text } = useI18n();
  // A decision answers the plan as it now is; it replaces what was loaded.
  const [plan, setPlan] = useState(loaded);
  const catalogue = useCatalogue();
  const stateName = useStateName();
  useDocumentTitle(plan.title);
  const area = catalogue.state === 'ready' ? areaNames(catalogue.data).get(plan.area) : undefined;
  const v = t.planView;
  return (
    <article className="plan">
      <p>
        <Link to="/plans">{v.back}</Link>
      </p>
      <h1>{plan.title}</h1>
      <dl className="plan-facts" aria-label={v.summary}>
        <div>
          <dt>{t.plans.kind}</dt>
          <dd>{t.planKind[plan.kind]}</dd>
        </div>
        <div>
          <dt>{t.plans.state}</dt>
          <dd>
            <Link to={`/states/${plan.state}`}>{stateName(plan.state)}</Link>
          </dd>
        </div>
        <div>
          <dt>{t.plans.area}</dt>
          <dd>{area ? text(area) : plan.area}</dd>
        </div>
        <div>
          <dt>{t.plans.years}</dt>
          <dd>
            {plan.startsYear}–{plan.endsYear}
          </dd>
        </div>
        <div>
          <dt>{t.plans.status}</dt>
          <dd id="plan-status">
            <StatusBadge status={plan.status} />
          </dd>
        </div>
        <div>
          <dt>{v.revision}</dt>
          <dd>{plan.revision}</dd>
        </div>
        {plan.socMeeting && (
          <div>
            <dt>{v.socMeeting}</dt>
            <dd>{plan.socMeeting}</dd>
          </div>
        )}
      </dl>
      {plan.comment && (
        <section aria-labelledby="plan-comment" className="notice">
          <h2 id="plan-comment">{v.comment}</h2>
          <p className="plan-text">{plan.comment}</p>
        </section>
      )}
      <PlanActions plan={plan} onChange={setPlan} />
      {plan.body && (
        <section aria-labelledby="plan-body">
          <h2 id="plan-body">{v.body}</h2>
          <p className="plan-text">{plan.body}</p>
        </section>
      )}
      <section aria-labelledby="plan-activities">
        <h2 id="plan-activities">{v.activities}</h2>
        {plan.activities.length === 0 ? (
          <p>{v.noActivities}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{v.activitiesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{v.activity}</th>
                  <th scope="col">{v.dates}</th>
                  <th scope="col">{v.venue}</th>
                  <th scope="col">{v.organisers}</th>
                  <th scope="col">{v.participants}</th>
                </tr>
              </thead>
              <tbody>
                {plan.activities.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.title}</th>
                    <td>
                      <ActivityDates startsOn={a.startsOn} endsOn={a.endsOn} />
                    </td>
                    <td>{a.venue}</td>
                    <td>{a.organisers}</td>
                    <td>{a.participants}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
