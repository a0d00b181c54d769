import type { Report } from '../../../../src/reports/report.schema.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useTimestamp } from './report-helpers.js';

/** The Secretariat's decisions on the versions, newest first, with their comments. */
export function ReviewList({ reviews }: { reviews: Report['reviews'] }) {
  const { t } = useI18n();
  const timestamp = useTimestamp();
  if (reviews.length === 0) return null;
  return (
    <section className="reviews" aria-labelledby="reviews-title">
      <h2 id="reviews-title">{t.review.title}</h2>
      <ol reversed>
        {[...reviews].reverse().map((review) => (
          <li
            key={`${review.version}-${review.decidedAt}`}
            className={`review review--${review.decision}`}
          >
            <p>
              <strong>{format(t.review[review.decision], { version: review.version })}</strong>{' '}
              <span className="muted">{timestamp(review.decidedAt)}</span>
            </p>
            {review.comment && (
              <blockquote className="review__comment">{review.comment}</blockquote>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
