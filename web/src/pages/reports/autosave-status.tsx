import type { RequestFailure } from '../../api/client.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { SaveStatus } from './use-autosave.js';

const SYMBOL: Readonly<Record<SaveStatus, string>> = {
  saved: '✓',
  saving: '…',
  unsaved: '●',
  offline: '⚠',
  failed: '⚠',
  conflict: '⚠',
};

/** The save state of the draft, announced politely; a conflict offers to load the newer draft. */
export function AutosaveStatus({
  status,
  failure,
  onRetry,
  onReload,
}: {
  status: SaveStatus;
  failure: RequestFailure | null;
  onRetry: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const text = {
    saved: t.autosave.saved,
    saving: t.autosave.saving,
    unsaved: t.autosave.unsaved,
    offline: t.autosave.offline,
    failed: t.autosave.failed,
    conflict: t.autosave.conflict,
  }[status];
  return (
    <div className={`autosave autosave--${status}`}>
      <p role="status" id="autosave-status" data-status={status}>
        <span className="visually-hidden">{t.autosave.label}: </span>
        <span aria-hidden="true">{SYMBOL[status]} </span>
        {text}
      </p>
      {status === 'failed' && failure?.kind === 'api' && (
        <p>
          {t.status.serverSays} <span lang="en">{failure.message}</span>
        </p>
      )}
      {(status === 'failed' || status === 'offline') && (
        <button type="button" onClick={onRetry}>
          {t.autosave.retry}
        </button>
      )}
      {status === 'conflict' && (
        <div role="alert">
          <p>{t.autosave.conflictHint}</p>
          <button type="button" className="primary" onClick={onReload}>
            {t.autosave.reload}
          </button>
        </div>
      )}
    </div>
  );
}
