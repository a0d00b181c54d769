import type { z } from 'zod';
import { ApiError } from '../../../src/platform/http/errors.js';

/** Why a request failed: the API's own error, no connection, or an answer that breaks the schema. */
export type FailureKind = 'api' | 'network' | 'response';

export class RequestFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RequestFailure';
  }
}

/**
 * GETs an API path and checks the answer against the same schema the server answers with,
 * so the pages work with typed, validated data.
 */
export async function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RequestFailure('network', (error as Error).message);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new RequestFailure('response', `HTTP ${response.status}`, response.status);
  }
  if (!response.ok) {
    const parsed = ApiError.safeParse(body);
    if (parsed.success)
      throw new RequestFailure(
        'api',
        parsed.data.error.message,
        response.status,
        parsed.data.error.code,
      );
    throw new RequestFailure('response', `HTTP ${response.status}`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new RequestFailure('response', parsed.error.issues[0]?.message ?? 'invalid answer');
  return parsed.data;
}

/** Builds `/api/…?a=1&b=2`, leaving out empty values. */
export function apiPath(
  path: string,
  query: Readonly<Record<string, string | number | null | undefined>> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
