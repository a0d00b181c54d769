import { useCallback, useEffect, useRef, useState } from 'react';
import { RequestFailure } from '../api/client.js';
import type { Messages } from '../i18n/kk.js';

/** What is wrong with one field or the whole form; `fromServer` marks the API's English message. */
export interface Problem {
  text: string;
  fromServer?: boolean;
}

/** Problems by field; 'form' is for those of no one field. */
export type Problems<F extends string> = Partial<Record<F | 'form', Problem>>;

/**
 * The problems of a form, and focus on the first of them (in the order of the fields) each time
 * they are shown, so keyboard and screen-reader users land where the fix is needed.
 */
export function useFormProblems<F extends string>(order: readonly F[]) {
  const [problems, setProblems] = useState<Problems<F>>({});
  const [focus, setFocus] = useState<{ target: F | 'form'; shown: number } | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());

  const show = useCallback(
    (next: Problems<F>) => {
      setProblems(next);
      const target = [...order, 'form' as const].find((name) => next[name] !== undefined);
      setFocus((previous) =>
        target === undefined ? null : { target, shown: (previous?.shown ?? 0) + 1 },
      );
    },
    [order],
  );

  useEffect(() => {
    if (focus) elements.current.get(focus.target)?.focus();
  }, [focus]);

  /** A ref callback that lets the form focus this field when it has the first problem. */
  const bind = useCallback(
    (name: F | 'form') => (element: HTMLElement | null) => {
      if (element) elements.current.set(name, element);
      else elements.current.delete(name);
    },
    [],
  );

  return { problems, show, bind };
}

/**
 * The usual translation of a failed request, for a form; pages map the failures they know
 * (a wrong password, a used invitation) before falling back to this.
 */
export function failureProblem(failure: unknown, t: Messages): Problem {
  if (!(failure instanceof RequestFailure)) return { text: String(failure), fromServer: true };
  if (failure.kind === 'network') return { text: t.status.networkError };
  if (failure.kind === 'response') return { text: t.status.badResponse };
  if (failure.status === 429) return { text: t.form.tooMany };
  if (failure.status === 401) return { text: t.form.sessionEnded };
  if (failure.status === 403) return { text: t.form.forbidden };
  return { text: failure.message, fromServer: true };
}

/** A loose check of an e-mail address; the server has the last word. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
