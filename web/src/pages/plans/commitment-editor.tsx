import { useState, type FormEvent } from 'react';
import type { Catalogue } from '../../../../src/catalogue/catalogue.schema.js';
import { Commitment, CommitmentList } from '../../../../src/commitments/commitment.schema.js';
import { apiPath, sendJson } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { AsyncContent } from '../../components/async-content.js';
import { FormAlert } from '../../components/form-field.js';
import { failureProblem, useFormProblems } from '../../components/form-problems.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { isConflict } from './field-problems.js';
import { useCatalogue, useStateName } from './use-plans-data.js';

const NO_FIELDS = [] as const;

/** Loads a state's declaration for a year and lets its focal point (or the Secretariat) change it. */
export function CommitmentEditor({ state, year }: { state: string; year: number }) {
  const [attempt, setAttempt] = useState(0);
  const list = useApi(`${apiPath('/api/commitments', { state, year })}#${attempt}`, CommitmentList);
  const catalogue = useCatalogue();
  return (
    <AsyncContent value={catalogue}>
      {(tree) => (
        <AsyncContent value={list}>
          {(data) => {
            const current = data.items.find((c) => c.state === state && c.year === year);
            return (
              <MeasureChecklist
                key={`${current?.declaredAt ?? 'none'}:${attempt}`}
                catalogue={tree}
                state={state}
                year={year}
                measures={current?.measures ?? []}
                basedOn={current?.declaredAt ?? null}
                onReload={() => setAttempt((n) => n + 1)}
              />
            );
          }}
        </AsyncContent>
      )}
    </AsyncContent>
  );
}

function MeasureChecklist({
  catalogue,
  state,
  year,
  measures,
  basedOn,
  onReload,
}: {
  catalogue: Catalogue;
  state: string;
  year: number;
  measures: string[];
  basedOn: string | null;
  onReload(): void;
}) {
  const { t, text, date } = useI18n();
  const stateName = useStateName();
  const [chosen, setChosen] = useState(() => new Set(measures));
  const [declaredAt, setDeclaredAt] = useState(basedOn);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);
  const { problems, show, bind } = useFormProblems(NO_FIELDS);
  const c = t.commitments;

  const toggle = (id: string, on: boolean) => {
    setSaved(false);
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    try {
      const answer = await sendJson(
        'PUT',
        `/api/commitments/${encodeURIComponent(state)}/${year}`,
        Commitment,
        { measures: [...chosen], basedOn: declaredAt },
      );
      setDeclaredAt(answer.declaredAt);
      show({});
      setSaved(true);
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else show({ form: failureProblem(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} className="commitments-form">
      <h2>
        {stateName(state)}, {year}
      </h2>
      <p>
        {declaredAt ? format(c.declaredAt, { date: date(declaredAt.slice(0, 10)) }) : c.notDeclared}
      </p>
      {conflict && (
        <div className="failure" role="alert">
          <p>{c.conflict}</p>
          <button type="button" onClick={onReload}>
            {c.reload}
          </button>
        </div>
      )}
      <FormAlert problem={problems.form} focusRef={bind('form')} />
      <fieldset>
        <legend>{c.legend}</legend>
        {catalogue.dimensions.map((d) => (
          <fieldset key={d.id} className="commitments-dimension">
            <legend>{text(d.name)}</legend>
            {d.areas.map((a) => (
              <fieldset key={a.id} className="commitments-area">
                <legend>{text(a.name)}</legend>
                <ul>
                  {a.measures.map((m) => (
                    <li key={m.id}>
                      <input
                        type="checkbox"
                        id={`measure-${m.id}`}
                        checked={chosen.has(m.id)}
                        onChange={(e) => toggle(m.id, e.target.checked)}
                      />{' '}
                      <label htmlFor={`measure-${m.id}`}>{text(m.text)}</label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ))}
          </fieldset>
        ))}
      </fieldset>
      <p>{format(c.selected, { count: chosen.size })}</p>
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? c.saving : c.save}
        </button>
        <span role="status">{saved ? c.saved : ''}</span>
      </div>
    </form>
  );
}
