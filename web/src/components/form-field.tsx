import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import type { Problem } from './form-problems.js';

/** What a field's control must carry so its label, hint and error are read with it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A labelled form field: the hint and the error are tied to the control by aria-describedby,
 * so a screen reader reads them when the control takes focus.
 */
export function FormField({
  id,
  label,
  hint,
  problem,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  problem?: Problem | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(problem ? { 'aria-invalid': true as const } : {}),
      })}
      {problem && (
        <p id={`${id}-error`} className="field__error">
          <ProblemText problem={problem} />
        </p>
      )}
    </div>
  );
}

/** A problem in the UI language; the API's own message, when that is all there is, in English. */
export function ProblemText({ problem }: { problem: Problem }) {
  const { t } = useI18n();
  if (!problem.fromServer) return <>{problem.text}</>;
  return (
    <>
      {t.form.serverSays} <span lang="en">{problem.text}</span>
    </>
  );
}

/** A problem of the whole form (no connection, too many attempts), focusable so it is announced. */
export function FormAlert({
  problem,
  focusRef,
}: {
  problem: Problem | undefined;
  focusRef: (element: HTMLElement | null) => void;
}) {
  if (!problem) return null;
  return (
    <div className="failure" role="alert" tabIndex={-1} ref={focusRef}>
      <p>
        <ProblemText problem={problem} />
      </p>
    </div>
  );
}
