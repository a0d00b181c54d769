import { RequestFailure } from '../../api/client.js';
import { failureProblem, type Problems } from '../../components/form-problems.js';
import type { Messages } from '../../i18n/kk.js';

/**
 * A refused request as problems of a form: the API's error beside the field it names
 * ('title', 'activities.0.endsOn'), or for the whole form when it names none of this form's fields.
 */
export function problemsOf<F extends string>(
  failure: unknown,
  t: Messages,
  fields: readonly string[],
): Problems<F> {
  if (
    failure instanceof RequestFailure &&
    failure.kind === 'api' &&
    failure.field &&
    fields.includes(failure.field)
  ) {
    const text = failure.message === 'required' ? t.planForm.required : failure.message;
    return { [failure.field]: { text, fromServer: text === failure.message } } as Problems<F>;
  }
  return { form: failureProblem(failure, t) } as Problems<F>;
}

/** Whether a request was refused because someone saved in between (a stale revision or basedOn). */
export function isConflict(failure: unknown): boolean {
  return failure instanceof RequestFailure && failure.status === 409;
}
