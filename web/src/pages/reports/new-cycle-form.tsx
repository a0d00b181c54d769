import { useState, type FormEvent } from 'react';
import type { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import { Cycle, type CycleBody } from '../../../../src/reports/report.schema.js';
import { RequestFailure, sendJson } from '../../api/client.js';
import { FormAlert, FormField, ProblemText } from '../../components/form-field.js';
import { failureProblem, useFormProblems, type Problems } from '../../components/form-problems.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';

const FIELDS = ['id', 'year', 'kk', 'ru', 'en', 'opensOn', 'deadline', 'dimensions'] as const;
type Field = (typeof FIELDS)[number];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The Secretariat opens a reporting cycle of CICA: a year, dates and the dimensions in scope. */
export function NewCycleForm({
  catalogue,
  onCreated,
}: {
  catalogue: Catalogue;
  onCreated: (cycle: Cycle) => void;
}) {
  const { t, text } = useI18n();
  const year = new Date().getFullYear() + 1;
  const [values, setValues] = useState<Record<Exclude<Field, 'dimensions'>, string>>({
    id: `cica-${year}`,
    year: String(year),
    kk: '',
    ru: '',
    en: '',
    opensOn: `${year}-01-15`,
    deadline: `${year}-11-30`,
  });
  const [dimensions, setDimensions] = useState(catalogue.dimensions.map((d) => d.id));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { problems, show, bind } = useFormProblems(FIELDS);

  const check = (): Problems<Field> => {
    const found: Problems<Field> = {};
    for (const field of ['id', 'year', 'kk', 'ru', 'en', 'opensOn', 'deadline'] as const)
      if (values[field].trim() === '') found[field] = { text: t.newCycle.required };
    if (!found.id && !SLUG.test(values.id)) found.id = { text: t.newCycle.badId };
    if (!found.deadline && values.deadline < values.opensOn)
      found.deadline = { text: t.newCycle.badDates };
    if (dimensions.length === 0) found.dimensions = { text: t.newCycle.noDimension };
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const found = check();
    if (Object.keys(found).length > 0) return show(found);
    const body: CycleBody = {
      id: values.id,
      organization: catalogue.organization,
      year: Number(values.year),
      title: { kk: values.kk.trim(), ru: values.ru.trim(), en: values.en.trim() },
      opensOn: values.opensOn,
      deadline: values.deadline,
      dimensions,
    };
    setBusy(true);
    try {
      const cycle = await sendJson('POST', '/api/cycles', Cycle, body);
      show({});
      setNotice(t.newCycle.created);
      onCreated(cycle);
    } catch (error) {
      const field = error instanceof RequestFailure ? error.field?.split('.')[0] : undefined;
      const at = field === 'title' ? 'kk' : field;
      const problem = { text: (error as Error).message, fromServer: true };
      if (at && (FIELDS as readonly string[]).includes(at)) show({ [at]: problem });
      else show({ form: failureProblem(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const input = (
    field: Exclude<Field, 'dimensions'>,
    label: string,
    type = 'text',
    hint?: string,
  ) => (
    <FormField id={`cycle-${field}`} label={label} hint={hint} problem={problems[field]}>
      {(control) => (
        <input
          {...control}
          ref={bind(field)}
          type={type}
          value={values[field]}
          onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
        />
      )}
    </FormField>
  );

  return (
    <details className="new-cycle">
      <summary>{t.newCycle.title}</summary>
      <form className="stacked-form" onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert problem={problems.form} focusRef={bind('form')} />
        {input('id', t.newCycle.id, 'text', format(t.newCycle.idHint, { example: `cica-${year}` }))}
        {input('year', t.newCycle.year, 'number')}
        {input('kk', t.newCycle.titleKk)}
        {input('ru', t.newCycle.titleRu)}
        {input('en', t.newCycle.titleEn)}
        {input('opensOn', t.newCycle.opensOn, 'date')}
        {input('deadline', t.newCycle.deadline, 'date')}
        <fieldset
          className={problems.dimensions ? 'field field--invalid' : 'field'}
          aria-describedby={problems.dimensions ? 'cycle-dimensions-error' : undefined}
          ref={bind('dimensions')}
          tabIndex={-1}
        >
          <legend>{t.newCycle.dimensions}</legend>
          {catalogue.dimensions.map((d) => (
            <p key={d.id} className="checkbox">
              <input
                type="checkbox"
                id={`cycle-dimension-${d.id}`}
                checked={dimensions.includes(d.id)}
                onChange={(e) =>
                  setDimensions((list) =>
                    e.target.checked ? [...list, d.id] : list.filter((x) => x !== d.id),
                  )
                }
              />
              <label htmlFor={`cycle-dimension-${d.id}`}>{text(d.name)}</label>
            </p>
          ))}
          {problems.dimensions && (
            <p id="cycle-dimensions-error" className="field__error">
              <ProblemText problem={problems.dimensions} />
            </p>
          )}
        </fieldset>
        <p className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t.form.sending : t.newCycle.submit}
          </button>
        </p>
        <p role="status">{notice}</p>
      </form>
    </details>
  );
}
