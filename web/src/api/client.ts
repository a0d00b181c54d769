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
  return checkAnswer(method, response.status, answer, schema);
}

/** The API's error as a RequestFailure, or the answer checked against the schema. */
function checkAnswer<S extends z.ZodType>(
  method: 'GET' | Mutation,
  status: number,
  answer: unknown,
  schema: S,
): z.output<S> {
  if (status < 200 || status > 299) {
    const parsed = ApiError.safeParse(answer);
    if (parsed.success) {
      const { message, code, field } = parsed.data.error;
      if (method !== 'GET' && (status === 401 || field === 'x-csrf-token')) sessionDoubt();
      throw new RequestFailure('api', message, status, code, field);
    }
    throw new RequestFailure('response', `HTTP ${status}`, status);
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success)
    throw new RequestFailure('response', parsed.error.issues[0]?.message ?? 'invalid answer');
  return parsed.data;
}

/**
 * POSTs a file as its raw bytes (application/octet-stream) with the session's CSRF token, telling
 * how much of it has gone (0–1) as it goes; the answer is checked like any other.
 */
export function sendFile<S extends z.ZodType>(
  path: string,
  schema: S,
  file: Blob,
  onProgress?: (fraction: number) => void,
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    // fetch cannot tell the progress of an upload; XMLHttpRequest can.
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('content-type', 'application/octet-stream');
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onerror = () => reject(new RequestFailure('network', 'the upload did not get through'));
    request.onload = () => {
      let answer: unknown;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        reject(new RequestFailure('response', `HTTP ${request.status}`, request.status));
        return;
      }
      try {
        resolve(checkAnswer('POST', request.status, answer, schema));
      } catch (error) {
        reject(error as Error);
      }
    };
    request.send(file);
  });
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
