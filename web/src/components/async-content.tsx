import type { ReactNode } from 'react';
import { Link } from 'react-router';
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

/**
 * A failed request: a translated title and, from the API, its own message (which is in English).
 * On a page of its own (`asPage`) the title is the page's h1, so the heading outline stays whole.
 */
export function Failure({
  failure,
  retry,
  asPage = false,
}: {
  failure: RequestFailure;
  retry?: () => void;
  asPage?: boolean;
}) {
  const { t } = useI18n();
  const notFound = failure.kind === 'api' && failure.code === 'not_found';
  const title = notFound ? t.notFound.title : t.status.errorTitle;
  const explanation =
    failure.kind === 'network'
      ? t.status.networkError
      : failure.kind === 'response'
        ? t.status.badResponse
        : t.status.serverSays;
  const canRetry =
    retry && !(failure.kind === 'api' && failure.status !== undefined && failure.status < 500);
  return (
    <div className="failure" role="alert">
      {asPage ? (
        <h1>{title}</h1>
      ) : (
        <p className="failure__title">
          <strong>{title}</strong>
        </p>
      )}
      <p>{explanation}</p>
      {failure.kind === 'api' && (
        <p lang="en" className="failure__message">
          {failure.message}
        </p>
      )}
      {canRetry && (
        <button type="button" onClick={retry}>
          {t.status.retry}
        </button>
      )}
      {notFound && (
        <p>
          <Link to="/">{t.notFound.backHome}</Link>
        </p>
      )}
    </div>
  );
}

/** Renders the data once it is there, and the loading or error state until then. */
export function AsyncContent<T>({
  value,
  children,
  asPage = false,
}: {
  value: Loadable<T>;
  children: (data: T) => ReactNode;
  asPage?: boolean;
}) {
  if (value.state === 'loading') return <Loading />;
  if (value.state === 'failed')
    return <Failure failure={value.failure} retry={value.retry} asPage={asPage} />;
  return <>{children(value.data)}</>;
}
