import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import { Plan, PLAN_KINDS } from '../../../../src/plans/plan.schema.js';
import { sendJson } from '../../api/client.js';
import { FormAlert, FormField } from '../../components/form-field.js';
import { useFormProblems } from '../../components/form-problems.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActivityRows } from './activity-rows.js';
import { isConflict, problemsOf } from './field-problems.js';
import { coordinatedAreas } from './plan-helpers.js';
import { bodyOf, checkDraft, fieldOrder, type PlanDraft } from './plan-draft.js';
import { useStates } from './use-plans-data.js';

/**
 * Writes a concept paper or action plan. Saving sends the revision that was loaded: if someone
 * saved since, the server refuses and the form says so, keeping the edits on screen.
 */
export function PlanForm({
  initial,
  id,
  catalogue,
  chooseState,
  onConflict,
}: {
  initial: PlanDraft;
  /** null for a new plan. */
  id: string | null;
  catalogue: Catalogue;
  /** The Secretariat writes for any coordinating state; a state's people only for their own. */
  chooseState: boolean;
  onConflict(): void;
}) {
  const { t, text } = useI18n();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const order = useMemo(() => fieldOrder(draft), [draft]);
  const { problems, show, bind } = useFormProblems<string>(order);
  const areas = coordinatedAreas(catalogue, draft.state || null);
  const f = t.planForm;
  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkDraft(draft, t);
    if (Object.keys(found).length > 0) return show(found);
    setBusy(true);
    try {
      const saved = id
        ? await sendJson('PUT', `/api/plans/${id}`, Plan, bodyOf(draft))
        : await sendJson('POST', '/api/plans', Plan, bodyOf(draft));
      show({});
      await navigate(`/plans/${saved.id}`);
    } catch (error) {
      if (isConflict(error) && (error as { field?: string }).field === 'revision') {
        setConflict(true);
        show({});
      } else show(problemsOf(error, t, order));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate className="plan-form">
      {conflict && (
        <div className="failure" role="alert">
          <p>{f.conflict}</p>
          <button type="button" onClick={onConflict}>
            {f.reload}
          </button>
        </div>
      )}
      <FormAlert problem={problems.form} focusRef={bind('form')} />
      {chooseState && id === null && (
        <StateSelect
          value={draft.state}
          onChange={(state) => setDraft((d) => ({ ...d, state, area: '' }))}
          problem={problems['state']}
          bind={bind('state')}
        />
      )}
      <FormField id="plan-kind" label={f.kind} problem={problems['kind']}>
        {(control) => (
          <select
            {...control}
            ref={bind('kind')}
            value={draft.kind}
            onChange={(e) => set('kind', e.target.value as PlanDraft['kind'])}
          >
            {PLAN_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.planKind[kind]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {areas.length === 0 && draft.state ? (
        <p className="notice">{f.noAreas}</p>
      ) : (
        <FormField id="plan-area" label={f.area} hint={f.areaHint} problem={problems['area']}>
          {(control) => (
            <select
              {...control}
              ref={bind('area')}
              value={draft.area}
              required
              disabled={id !== null}
              onChange={(e) => set('area', e.target.value)}
            >
              <option value="" disabled>
                {t.coordinatorForm.choose}
              </option>
              {areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {text(area.name)} ({text(area.dimension)})
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id="plan-title" label={f.title} problem={problems['title']}>
        {(control) => (
          <input
            {...control}
            ref={bind('title')}
            value={draft.title}
            required
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </FormField>
      <FormField id="plan-body" label={f.body} problem={problems['body']}>
        {(control) => (
          <textarea
            {...control}
            ref={bind('body')}
            rows={8}
            value={draft.body}
            onChange={(e) => set('body', e.target.value)}
          />
        )}
      </FormField>
      <div className="plan-activity__dates">
        {(['startsYear', 'endsYear'] as const).map((key) => (
          <FormField key={key} id={`plan-${key}`} label={f[key]} problem={problems[key]}>
            {(control) => (
              <input
                {...control}
                ref={bind(key)}
                type="number"
                min={1990}
                max={2100}
                required
                value={draft[key]}
                onChange={(e) => set(key, e.target.value)}
              />
            )}
          </FormField>
        ))}
      </div>
      <ActivityRows
        activities={draft.activities}
        problems={problems}
        bind={bind}
        onChange={(activities) => set('activities', activities)}
      />
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? f.saving : f.save}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void navigate(id ? `/plans/${id}` : '/plans')}
        >
          {f.cancel}
        </button>
      </div>
    </form>
  );
}

function StateSelect({
  value,
  onChange,
  problem,
  bind,
}: {
  value: string;
  onChange(state: string): void;
  problem: Parameters<typeof FormField>[0]['problem'];
  bind(element: HTMLElement | null): void;
}) {
  const { t, text } = useI18n();
  const states = useStates();
  return (
    <FormField id="plan-state" label={t.planForm.state} problem={problem}>
      {(control) => (
        <select
          {...control}
          ref={bind}
          value={value}
          required
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="" disabled>
            {t.coordinatorForm.choose}
          </option>
          {states.state === 'ready' &&
            states.data.items
              .filter((s) => !s.historical)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {text(s.name)}
                </option>
              ))}
        </select>
      )}
    </FormField>
  );
}
