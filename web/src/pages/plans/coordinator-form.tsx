import { useState, type FormEvent } from 'react';
import type { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import { CoordinatorRecorded } from '../../../../src/plans/plan.schema.js';
import { sendJson } from '../../api/client.js';
import { FormAlert, FormField } from '../../components/form-field.js';
import { useFormProblems } from '../../components/form-problems.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { problemsOf } from './field-problems.js';
import { useStates } from './use-plans-data.js';

const FIELDS = ['area', 'state', 'role', 'from', 'to', 'socMeeting'] as const;

/** The Secretariat records a coordinator or co-coordinator role once the SOC has approved it. */
export function CoordinatorForm({ catalogue }: { catalogue: Catalogue }) {
  const { t, text } = useI18n();
  const states = useStates();
  const { problems, show, bind } = useFormProblems(FIELDS);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const [scope, id] = value('scope').split(':');
    const body = {
      ...(scope === 'dimension' ? { dimension: id } : { area: id }),
      state: value('state'),
      role: value('role'),
      ...(value('from') ? { from: value('from') } : {}),
      ...(value('to') ? { to: value('to') } : {}),
      socMeeting: value('socMeeting'),
    };
    setBusy(true);
    setDone(false);
    try {
      await sendJson('POST', '/api/coordinators', CoordinatorRecorded, body);
      show({});
      setDone(true);
    } catch (error) {
      show(problemsOf(error, t, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  const f = t.coordinatorForm;
  return (
    <section aria-labelledby="coordinator-form-heading" className="plans-panel">
      <h2 id="coordinator-form-heading">{f.title}</h2>
      <p>{f.lead}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert problem={problems.form} focusRef={bind('form')} />
        <FormField id="coordinator-scope" label={f.scope} problem={problems.area}>
          {(control) => (
            <select {...control} name="scope" required ref={bind('area')} defaultValue="">
              <option value="" disabled>
                {f.choose}
              </option>
              {catalogue.dimensions.map((d) => (
                <optgroup key={d.id} label={text(d.name)}>
                  <option value={`dimension:${d.id}`}>
                    {format(f.dimension, { name: text(d.name) })}
                  </option>
                  {d.areas.map((a) => (
                    <option key={a.id} value={`area:${a.id}`}>
                      {text(a.name)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="coordinator-state" label={f.state} problem={problems.state}>
          {(control) => (
            <select {...control} name="state" required ref={bind('state')} defaultValue="">
              <option value="" disabled>
                {f.choose}
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
        <FormField id="coordinator-role" label={f.role} problem={problems.role}>
          {(control) => (
            <select {...control} name="role" ref={bind('role')} defaultValue="coordinator">
              <option value="coordinator">{t.role.coordinator}</option>
              <option value="co-coordinator">{t.role['co-coordinator']}</option>
            </select>
          )}
        </FormField>
        <FormField id="coordinator-from" label={f.from} hint={f.dateHint} problem={problems.from}>
          {(control) => <input {...control} name="from" ref={bind('from')} inputMode="numeric" />}
        </FormField>
        <FormField id="coordinator-to" label={f.to} hint={f.dateHint} problem={problems.to}>
          {(control) => <input {...control} name="to" ref={bind('to')} inputMode="numeric" />}
        </FormField>
        <FormField id="coordinator-soc" label={f.socMeeting} problem={problems.socMeeting}>
          {(control) => <input {...control} name="socMeeting" required ref={bind('socMeeting')} />}
        </FormField>
        <button type="submit" disabled={busy}>
          {f.submit}
        </button>
        <p role="status">{done ? f.recorded : ''}</p>
      </form>
    </section>
  );
}
