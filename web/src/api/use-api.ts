import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { getJson, RequestFailure } from './client.js';

export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'failed'; failure: RequestFailure; retry(): void }
  | { state: 'ready'; data: T };

interface Settled<T> {
  key: string;
  result: { ok: true; data: T } | { ok: false; failure: RequestFailure };
}

/**
 * Loads an API path and re-loads whenever the path changes; a newer path cancels the older request.
 * Pass null to load nothing (the answer stays 'loading').
 */
export function useApi<S extends z.ZodType>(path: string | null, schema: S): Loadable<z.output<S>> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<z.output<S>> | null>(null);
  const key = `${attempt}:${path ?? ''}`;

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    getJson(path, schema, controller.signal).then(
      (data) => setSettled({ key, result: { ok: true, data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure =
          error instanceof RequestFailure ? error : new RequestFailure('network', String(error));
        setSettled({ key, result: { ok: false, failure } });
      },
    );
    return () => controller.abort();
  }, [key, path, schema]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  if (path === null || settled === null || settled.key !== key) return { state: 'loading' };
  return settled.result.ok
    ? { state: 'ready', data: settled.result.data }
    : { state: 'failed', failure: settled.result.failure, retry };
}
