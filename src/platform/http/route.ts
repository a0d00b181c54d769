import type { z } from 'zod';
import type { Tx } from '../db/database.js';

/**
 * What a use case answers when it refuses: the caller sees the status, the field and the message.
 * Use cases return these for expected refusals and throw only for bugs.
 */
export type Refusal = { refused: 'not_found' | 'invalid'; field: string; message: string };
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
}

/**
 * A route declared once: its schemas validate requests and responses and generate the OpenAPI
 * document, and its handler calls one use case.
 */
export interface Route<P = unknown, Q = unknown, R = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI style: /api/states/{id} */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  response: z.ZodType<R>;
  handle(ctx: RouteContext, input: { params: P; query: Q }): Promise<Outcome<R>>;
}

// The generic parameters are erased once a route joins a module's list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = Route<any, any, any>;

export function defineRoute<P, Q, R>(route: Route<P, Q, R>): AnyRoute {
  return route as AnyRoute;
}
