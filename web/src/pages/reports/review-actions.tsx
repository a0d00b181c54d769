import { useState, type FormEvent } from 'react';
import { Report } from '../../../../src/reports/report.schema.js';
import { RequestFailure, sendJson } from '../../api/client.js';
import { FormAlert, FormField } from '../../components/form-field.js';
import { failureProblem, useFormProblems } from '../../components/form-problems.js';
import { useI18n } from '../../i18n/i18n-context.js';

const FIELDS = ['comment'] as const;

/** The Secretariat's decision on the submitted version: return it with a comment, or accept it. */
export function ReviewActions({
  report,
  onReviewed,
}: {
  report: Report;
  onReviewed: (report: Report, notice: string) => void;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const { problems, show, bind } = useFormProblems(FIELDS);

  const decide = async (decision: 'return' | 'accept') => {
    if (decision === 'return' && comment.trim() === '') {
      show({ comment: { text: t.review.commentRequired } });
      return;
    }
    setBusy(true);
    try {
      const answer = await sendJson(
        'POST',
        `/api/reports/${report.id}/${decision}`,
        Report,
        decision === 'return' ? { comment: comment.trim() } : {},
      );
      show({});
      setComment('');
      onReviewed(answer, decision === 'return' ? t.review.doneReturned : t.review.doneAccepted);
    } catch (error) {
      if (error instanceof RequestFailure && error.field === 'comment')
        show({ comment: { text: t.review.commentRequired } });
      else show({ form: failureProblem(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void decide('return');
  };

  return (
    <section className="review-actions" aria-labelledby="review-actions-title">
      <h2 id="review-actions-title">{t.review.actions}</h2>
      <form className="stacked-form" onSubmit={onSubmit} noValidate>
        <FormAlert problem={problems.form} focusRef={bind('form')} />
        <FormField
          id="review-comment"
          label={t.review.comment}
          hint={t.review.commentHint}
          problem={problems.comment}
        >
          {(control) => (
            <textarea
              {...control}
              ref={bind('comment')}
              rows={4}
              maxLength={5000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          )}
        </FormField>
        <p className="form-actions button-row">
          <button type="submit" disabled={busy}>
            {t.review.return}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void decide('accept')}
          >
            {t.review.accept}
          </button>
        </p>
      </form>
    </section>
  );
}
