import { Link, useSearchParams } from 'react-router';
import { PlanOfCbms } from '../../../../src/plans/plan.schema.js';
import { apiPath } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActivityDates } from './activity-dates.js';
import { activitiesByMonth, type PlannedActivity } from './plan-helpers.js';
import { useStateName } from './use-plans-data.js';
import { YearPicker } from './year-picker.js';
import './plans.css';

type View = 'calendar' | 'list';

/** The annual Plan of CBMs: the activities of approved action plans, month by month or as a list. */
export function PlanOfCbmsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = /^\d{4}$/.test(params.get('year') ?? '')
    ? Number(params.get('year'))
    : new Date().getFullYear();
  const view: View = params.get('view') === 'list' ? 'list' : 'calendar';
  const plan = useApi(apiPath('/api/plan-of-cbms', { year }), PlanOfCbms);
  const ics = apiPath('/api/plan-of-cbms', { year, format: 'ics' });
  useDocumentTitle(`${t.planOfCbms.title} ${year}`);

  const go = (next: { year?: number; view?: View }) =>
    setParams({ year: String(next.year ?? year), view: next.view ?? view });

  return (
    <>
      <h1>
        {t.planOfCbms.title} {year}
      </h1>
      <p className="lead">{format(t.planOfCbms.lead, { year })}</p>
      <YearPicker
        id="plan-year"
        label={t.planOfCbms.year}
        year={year}
        onChange={(y) => go({ year: y })}
      />
      <p className="plans-ics">
        <a href={ics} type="text/calendar">
          {format(t.planOfCbms.ics, { file: '.ics' })}
        </a>
        <br />
        <span className="hint">{t.planOfCbms.icsHint}</span>
      </p>
      <nav aria-label={t.planOfCbms.views} className="plans-views">
        <ul>
          {(['calendar', 'list'] as const).map((v) => (
            <li key={v}>
              <Link to={`?year=${year}&view=${v}`} aria-current={v === view ? 'page' : undefined}>
                {t.planOfCbms[v]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <AsyncContent value={plan}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{format(t.planOfCbms.empty, { year })}</p>
          ) : (
            <>
              <p>{format(t.planOfCbms.count, { count: data.items.length })}</p>
              {view === 'calendar' ? (
                <Calendar items={data.items} year={year} />
              ) : (
                <ActivityTable items={data.items} year={year} />
              )}
            </>
          )
        }
      </AsyncContent>
    </>
  );
}

function Calendar({ items, year }: { items: PlannedActivity[]; year: number }) {
  const { t, language } = useI18n();
  const stateName = useStateName();
  const months = activitiesByMonth(items, year);
  return (
    <div className="plans-calendar">
      {months.map((activities, index) => {
        const id = `month-${index + 1}`;
        return (
          <section key={id} aria-labelledby={id} className="plans-month">
            <h2 id={id}>
              {capitalize(t.date.months[index]!, language)} {year}
            </h2>
            {activities.length === 0 ? (
              <p className="muted">{t.planOfCbms.monthEmpty}</p>
            ) : (
              <ul>
                {activities.map((a) => (
                  <li key={a.id}>
                    <ActivityCard activity={a} stateName={stateName} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function ActivityCard({
  activity,
  stateName,
}: {
  activity: PlannedActivity;
  stateName(id: string): string;
}) {
  const { t } = useI18n();
  return (
    <article className="plans-activity">
      <h3>{activity.title}</h3>
      <p>
        <ActivityDates startsOn={activity.startsOn} endsOn={activity.endsOn} />
        {activity.venue && <> · {activity.venue}</>}
      </p>
      {activity.organisers && (
        <p>
          {t.planView.organisers}: {activity.organisers}
        </p>
      )}
      {activity.participants && (
        <p>
          {t.planView.participants}: {activity.participants}
        </p>
      )}
      <p>
        <Link to={`/plans/${activity.plan}`}>
          {t.planOfCbms.plan}: {activity.planTitle} ({stateName(activity.state)})
        </Link>
      </p>
    </article>
  );
}

function ActivityTable({ items, year }: { items: PlannedActivity[]; year: number }) {
  const { t } = useI18n();
  const stateName = useStateName();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{format(t.planOfCbms.caption, { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.planView.dates}</th>
            <th scope="col">{t.planView.activity}</th>
            <th scope="col">{t.planView.venue}</th>
            <th scope="col">{t.planView.organisers}</th>
            <th scope="col">{t.planView.participants}</th>
            <th scope="col">{t.planOfCbms.plan}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>
                <ActivityDates startsOn={a.startsOn} endsOn={a.endsOn} />
              </td>
              <th scope="row">{a.title}</th>
              <td>{a.venue}</td>
              <td>{a.organisers}</td>
              <td>{a.participants}</td>
              <td>
                <Link to={`/plans/${a.plan}`}>
                  {a.planTitle} ({stateName(a.state)})
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A month name as a heading: Kazakh and Russian write month names in lower case in a sentence. */
function capitalize(word: string, language: string): string {
  return word.charAt(0).toLocaleUpperCase(language) + word.slice(1);
}
