import { Link, useSearchParams } from 'react-router';
import { PLAN_STATUSES, PlanList } from '../../../../src/plans/plan.schema.js';
import type { z } from 'zod';
import type { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import type { LocalizedText } from '../../../../src/platform/localized-text.js';
import { apiPath } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { useDocumentTitle } from '../../components/document-title.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CoordinatorForm } from './coordinator-form.js';
import { areaNames } from './plan-helpers.js';
import { StatusBadge } from './status-badge.js';
import { useActor, useCatalogue, useStateName } from './use-plans-data.js';
import './plans.css';

/** Concept papers and action plans the reader may see, filtered by state, area and status. */
export function PlansPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? '';
  const area = params.get('area') ?? '';
  const status = params.get('status') ?? '';
  const plans = useApi(apiPath('/api/plans', { state, area }), PlanList);
  const catalogue = useCatalogue();
  const actor = useActor();
  useDocumentTitle(t.plans.title);
  const canWrite = actor.writesPlans;

  return (
    <>
      <h1>{t.plans.title}</h1>
      <p className="lead">{t.plans.lead}</p>
      {canWrite && (
        <p>
          <Link to="/plans/new" className="button-link">
            {t.plans.create}
          </Link>
        </p>
      )}
      <AsyncContent value={catalogue}>
        {(data) => (
          <Filters
            catalogue={data}
            values={{ state, area, status }}
            onApply={(next) =>
              setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)))
            }
          />
        )}
      </AsyncContent>
      <AsyncContent value={plans}>
        {(data) => {
          const items = status ? data.items.filter((p) => p.status === status) : data.items;
          return items.length === 0 ? (
            <p>{t.plans.empty}</p>
          ) : (
            <PlanTable
              items={items}
              names={catalogue.state === 'ready' ? areaNames(catalogue.data) : new Map()}
            />
          );
        }}
      </AsyncContent>
      {actor.recordsCoordinators && catalogue.state === 'ready' && (
        <CoordinatorForm catalogue={catalogue.data} />
      )}
    </>
  );
}

interface FilterValues {
  state: string;
  area: string;
  status: string;
}

function Filters({
  catalogue,
  values,
  onApply,
}: {
  catalogue: Catalogue;
  values: FilterValues;
  onApply(values: FilterValues): void;
}) {
  const { t, text } = useI18n();
  const stateName = useStateName();
  const coordinating = [
    ...new Set(
      catalogue.dimensions.flatMap((d) => [
        ...d.coordinators.map((c) => c.state),
        ...d.areas.flatMap((a) => a.coordinators.map((c) => c.state)),
      ]),
    ),
  ].sort();
  return (
    <form
      className="plans-filters"
      aria-label={t.plans.filters}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        onApply({
          state: String(form.get('state') ?? ''),
          area: String(form.get('area') ?? ''),
          status: String(form.get('status') ?? ''),
        });
      }}
    >
      <div className="field">
        <label htmlFor="filter-state">{t.plans.state}</label>
        <select id="filter-state" name="state" defaultValue={values.state}>
          <option value="">{t.plans.any}</option>
          {coordinating.map((id) => (
            <option key={id} value={id}>
              {stateName(id)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-area">{t.plans.area}</label>
        <select id="filter-area" name="area" defaultValue={values.area}>
          <option value="">{t.plans.any}</option>
          {catalogue.dimensions.map((d) => (
            <optgroup key={d.id} label={text(d.name)}>
              {d.areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {text(a.name)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t.plans.status}</label>
        <select id="filter-status" name="status" defaultValue={values.status}>
          <option value="">{t.plans.any}</option>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.planStatus[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t.plans.apply}</button>
    </form>
  );
}

type PlanSummary = z.infer<typeof PlanList>['items'][number];

function PlanTable({
  items,
  names,
}: {
  items: PlanSummary[];
  names: ReadonlyMap<string, LocalizedText>;
}) {
  const { t, text } = useI18n();
  const stateName = useStateName();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{format(t.plans.count, { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.planForm.title}</th>
            <th scope="col">{t.plans.kind}</th>
            <th scope="col">{t.plans.state}</th>
            <th scope="col">{t.plans.area}</th>
            <th scope="col">{t.plans.years}</th>
            <th scope="col">{t.plans.status}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((plan) => {
            const area = names.get(plan.area);
            return (
              <tr key={plan.id}>
                <th scope="row">
                  <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
                </th>
                <td>{t.planKind[plan.kind]}</td>
                <td>{stateName(plan.state)}</td>
                <td>{area ? text(area) : plan.area}</td>
                <td>
                  {plan.startsYear}–{plan.endsYear}
                </td>
                <td>
                  <StatusBadge status={plan.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
