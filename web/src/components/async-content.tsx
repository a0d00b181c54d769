import type { ReactNode } from 'react';
import type { RequestFailure } from '../api/client.js';
import type { Loadable } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {label ?? t.status.loading}
    </p>
  );
}

/** A failed request: a translated title and, from the API, its own message (which is in English). */
export function Failure({ failure, retry }: { failure: RequestFailure; retry?: () => void }) {
  const { t } = useI18n();
  const explanation =
    failure.kind === 'network' ? t.status.networkError : failure.kind === 'response' ? t.status.badResponse : t.status.serverSays;
  return (
    <div className="failure" role="alert">
      <p className="failure__title">
        <strong>{t.status.errorTitle}</strong>
      </p>
      <p>{explanation}</p>
      {failure.kind === 'api' && (
        <p lang="en" className="failure__message">
          {failure.message}
        </p>
      )}
      {retry && (
        <button type="button" onClick={retry}>
          {t.status.retry}
        </button>
      )}
    </div>
  );
}

/** Renders the data once it is there, and the loading or error state until then. */
export function AsyncContent<T>({ value, children }: { value: Loadable<T>; children: (data: T) => ReactNode }) {
  if (value.state === 'loading') return <Loading />;
  if (value.state === 'failed') return <Failure failure={value.failure} retry={value.retry} />;
  return <>{children(value.data)}</>;
}
