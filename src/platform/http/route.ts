import type { z } from 'zod';
import type { Tx } from '../db/database.js';
import type { Actor } from '../auth/actor.js';
import type { PolicyTable } from '../auth/policy.js';

/**
 * What a use case answers when it refuses: the caller sees the status, the field and the message.
 * Use cases return these for expected refusals and throw only for bugs.
 */
export type Refusal = {
  refused: 'not_found' | 'invalid' | 'unauthenticated' | 'conflict' | 'too_many';
  field: string;
  message: string;
};
export type Outcome<T> = { ok: T } | Refusal;

export const ok = <T>(value: T): Outcome<T> => ({ ok: value });
export const notFound = (field: string, message: string): Refusal => ({
  refused: 'not_found',
  field,
  message,
});
export const invalid = (field: string, message: string): Refusal => ({
  refused: 'invalid',
  field,
  message,
});

export interface RouteContext {
  /** The request's transaction: read-only for GET. */
  trx: Tx;
  actor: Actor;
  /** The session token of a signed-in caller (sign-out needs it). */
  sessionToken: string | null;
  /** The CSRF token of that session, which the client repeats in a header. */
  csrfToken: string | null;
}

/**
 * Who may call a route: an action of a domain's policy table, asked without a resource at the edge.
 * Rules about one resource (a state's draft) are asked again by the use case, which answers
 * not-found when they say no, so forbidden and missing look the same.
 */
export interface RouteAccess {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  policy: PolicyTable<any>;
  action: string;
}

/** A cookie a route sets or clears after its use case succeeds. */
export interface CookieToSet {
  name: string;
  value: string;
  maxAgeSeconds: number;
}

/**
 * A route declared once: its schemas validate requests and responses and generate the OpenAPI
 * document, and its handler calls one use case.
 */
export interface Route<P = unknown, Q = unknown, R = unknown, B = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI style: /api/states/{id} */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  response: z.ZodType<R>;
  access: RouteAccess;
  handle(ctx: RouteContext, input: { params: P; query: Q; body: B }): Promise<Outcome<R>>;
  /** Cookies to set from the answer (the session cookie at sign-in); the rest of the answer is sent. */
  cookies?: (value: R & Record<string, unknown>) => CookieToSet[];
  /** At most `max` requests per caller address in `windowMs`; more are answered 429. */
  rateLimit?: { max: number; windowMs: number };
  /** The body is a file (application/octet-stream, at most maxBytes), handed to the use case as bytes. */
  upload?: { maxBytes: number; configurable?: boolean };
  /** The answer is a file: its bytes are sent instead of JSON. */
  download?: (value: R & Record<string, unknown>) => {
    type: string;
    filename: string;
    bytes: Buffer;
  };
  /** Other renderings of the answer (CSV, iCalendar), sent instead of JSON when the query names one as `format`. */
  formats?: Record<string, { type: string; render: (value: R) => string }>;
}

// The generic parameters are erased once a route joins a module's list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = Route<any, any, any, any>;

export function defineRoute<P, Q, R, B = undefined>(route: Route<P, Q, R, B>): AnyRoute {
  return route as AnyRoute;
}

export const unauthenticated = (field: string, message: string): Refusal => ({
  refused: 'unauthenticated',
  field,
  message,
});
export const tooMany = (field: string, message: string): Refusal => ({
  refused: 'too_many',
  field,
  message,
});
export const conflict = (field: string, message: string): Refusal => ({
  refused: 'conflict',
  field,
  message,
});
