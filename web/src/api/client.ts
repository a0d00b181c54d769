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
    /** The input at fault, when the API names one ('password', 'code', 'state'). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RequestFailure';
  }
}

export type Mutation = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// The session's CSRF token; the session context keeps it current, so no caller can forget it.
let csrfToken: string | null = null;

/** Called by the session context whenever the session (and so its token) changes. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let sessionDoubt: () => void = () => {};

/**
 * Called when a mutation is refused for want of a session or of its token: the session ended,
 * or changed in another tab. The session context then asks the server who is signed in.
 */
export function onSessionDoubt(callback: () => void): void {
  sessionDoubt = callback;
}

/**
 * GETs an API path and checks the answer against the same schema the server answers with,
 * so the pages work with typed, validated data.
 */
export function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  return requestJson('GET', path, schema, { signal });
}

/**
 * A state-changing request: the body goes as JSON and, once signed in, the session's CSRF token
 * goes in its header, as the server requires of every POST, PUT, PATCH and DELETE.
 */
export function sendJson<S extends z.ZodType>(
  method: Mutation,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.output<S>> {
  return requestJson(method, path, schema, { body });
}

async function requestJson<S extends z.ZodType>(
  method: 'GET' | Mutation,
  path: string,
  schema: S,
  { body, signal }: { body?: unknown; signal?: AbortSignal | undefined },
): Promise<z.output<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RequestFailure('network', (error as Error).message);
  }
  let answer: unknown;
  try {
    answer = await response.json();
  } catch {
    throw new RequestFailure('response', `HTTP ${response.status}`, response.status);
  }
  if (!response.ok) {
    const parsed = ApiError.safeParse(answer);
    if (parsed.success) {
      const { message, code, field } = parsed.data.error;
      if (method !== 'GET' && (response.status === 401 || field === 'x-csrf-token')) sessionDoubt();
      throw new RequestFailure('api', message, response.status, code, field);
    }
    throw new RequestFailure('response', `HTTP ${response.status}`, response.status);
  }
  const parsed = schema.safeParse(answer);
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
