import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** Previous and next pages of a list the API answers page by page. */
export function Paging({
  total,
  limit,
  offset,
  onPage,
}: {
  total: number;
  limit: number;
  offset: number;
  onPage(offset: number): void;
}) {
  const { t } = useI18n();
  if (total <= limit && offset === 0) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="library-paging" aria-label={t.library.pages}>
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => onPage(Math.max(0, offset - limit))}
      >
        {t.library.previous}
      </button>
      <span>{format(t.library.range, { from: Math.min(offset + 1, total), to: last, total })}</span>
      <button type="button" disabled={last >= total} onClick={() => onPage(offset + limit)}>
        {t.library.next}
      </button>
    </nav>
  );
}
