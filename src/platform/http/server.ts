import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/database.js';
import { PUBLIC } from '../auth/actor.js';
import { can } from '../auth/policy.js';
import { RateLimiter } from '../auth/rate-limiter.js';
import { SESSION_COOKIE, resolveSession, type ResolvedSession } from '../auth/sessions.js';
import { apiError, fromZodError, type ApiError } from './errors.js';
import { buildOpenApi } from './openapi.js';
import type { AnyRoute, Refusal } from './route.js';

export interface ServerOptions {
  db: Database;
  routes: readonly AnyRoute[];
  version: string;
  /** The built web app (index.html and assets); the API alone is served when absent. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
  /** The size limit of uploads on routes whose limit is configurable (the library's documents). */
  maxUploadBytes?: number;
}

/** The header a signed-in caller repeats the session's CSRF token in, on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';

const toFastifyPath = (p: string) => p.replace(/\{(\w+)\}/g, ':$1');

const REFUSAL_STATUS: Record<Refusal['refused'], number> = {
  invalid: 400,
  unauthenticated: 401,
  not_found: 404,
  conflict: 409,
  too_many: 429,
};

/**
 * The HTTP edge: who is asking (session cookie), may they (the route's policy), is the input
 * valid (the route's schemas); then one transaction around the route's use case, and the answer
 * checked against its schema. Bad input is a 4xx naming the field; nothing else leaks.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  });
  const { db } = options;
  const webRoot =
    options.webRoot && existsSync(path.join(options.webRoot, 'index.html'))
      ? options.webRoot
      : undefined;
  await app.register(fastifyCookie);
  // Files arrive as raw bytes on the routes that accept them (route.upload); elsewhere they are refused.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );

  app.setErrorHandler((error: { statusCode?: number; message?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) {
      const code =
        status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : 'invalid';
      if (status === 413) {
        const limit = request.routeOptions.bodyLimit ?? 0;
        return reply
          .status(413)
          .send(
            apiError(code, `the file is larger than ${(limit / 1048576).toFixed(0)} MB`, 'file'),
          );
      }
      return reply
        .status(status)
        .send(apiError(code, error.message ?? 'bad request', status === 400 ? 'body' : undefined));
    }
    request.log.error(error);
    return reply
      .status(500)
      .send(apiError('internal', 'Something went wrong on our side; it has been logged.'));
  });

  app.get('/api/health', async (_request, reply) => {
    await sql`select 1`.execute(db);
    return reply.send({ status: 'ok', version: options.version });
  });

  const openApi = buildOpenApi(options.routes, { version: options.version });
  app.get('/api/openapi.json', async (_request, reply) => reply.send(openApi));

  for (const route of options.routes) {
    const limiter = route.rateLimit
      ? new RateLimiter(route.rateLimit.max, route.rateLimit.windowMs)
      : undefined;
    app.route({
      method: route.method,
      url: toFastifyPath(route.path),
      ...(route.upload
        ? {
            bodyLimit:
              route.upload.configurable && options.maxUploadBytes
                ? options.maxUploadBytes
                : route.upload.maxBytes,
          }
        : {}),
      handler: async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE] ?? null;
        const session = token ? await resolveSession(db, token) : null;
        const refusedRequest = checkRequest(request, route, session);
        if (refusedRequest) return reply.status(refusedRequest.status).send(refusedRequest.error);
        if (limiter && !limiter.attempt(request.ip)) {
          return reply
            .status(429)
            .send(apiError('too_many', 'too many requests from this address; wait a few minutes'));
        }

        const actor = session?.actor ?? PUBLIC;
        if (!can(route.access.policy, actor, route.access.action, undefined)) {
          // The public is asked to sign in; a signed-in caller without the right sees what a
          // missing resource looks like, so forbidden and absent cannot be told apart.
          return actor.accountId === null
            ? reply.status(401).send(apiError('unauthenticated', 'sign in to do this'))
            : reply
                .status(404)
                .send(
                  apiError(
                    'not_found',
                    `no such route: ${request.method} ${request.url.split('?')[0]}`,
                  ),
                );
        }

        const params = parse(route.params, request.params, 'path');
        if ('error' in params) return reply.status(400).send(params.error);
        const query = parse(route.query, request.query, 'query');
        if ('error' in query) return reply.status(400).send(query.error);
        const body = route.upload
          ? { value: request.body }
          : parse(route.body, request.body, 'body');
        if ('error' in body) return reply.status(400).send(body.error);

        const outcome = await db.transaction().execute(async (trx) => {
          if (route.method === 'GET') await sql`set transaction read only`.execute(trx);
          return route.handle(
            {
              trx,
              actor,
              sessionToken: session ? token : null,
              csrfToken: session?.csrfToken ?? null,
            },
            { params: params.value, query: query.value, body: body.value },
          );
        });
        if ('refused' in outcome) {
          return reply
            .status(REFUSAL_STATUS[outcome.refused])
            .send(apiError(outcome.refused, outcome.message, outcome.field));
        }
        // Cookies come from the use case's whole answer (the session token never goes in the body).
        for (const cookie of route.cookies?.(outcome.ok) ?? []) {
          // __Host- cookies must be Secure; browsers accept Secure cookies from http://localhost,
          // so the attribute stays on in development too.
          reply.setCookie(cookie.name, cookie.value, {
            path: '/',
            httpOnly: true,
            secure: true,
            sameSite: 'lax',
            maxAge: cookie.maxAgeSeconds,
          });
        }
        if (route.download) {
          const file = route.download(outcome.ok);
          return reply
            .type(file.type)
            .header(
              'content-disposition',
              `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
            )
            .header('x-content-type-options', 'nosniff')
            .send(file.bytes);
        }
        // The answer is checked against its published schema: drift is a bug, caught here.
        const value = route.response.parse(outcome.ok);
        const format = (query.value as { format?: string } | undefined)?.format;
        const rendering = format ? route.formats?.[format] : undefined;
        if (rendering) return reply.type(rendering.type).send(rendering.render(value));
        return reply.send(value);
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/');
    if (isApi || request.method !== 'GET' || !webRoot) {
      return reply
        .status(404)
        .send(
          apiError('not_found', `no such route: ${request.method} ${request.url.split('?')[0]}`),
        );
    }
    // Every other page belongs to the web app, which routes in the browser.
    return reply.type('text/html').sendFile('index.html');
  });

  if (webRoot)
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: 'index.html' });
  return app;
}

/**
 * State-changing requests must come from this origin: JSON only (a cross-site form cannot send it
 * without a preflight), a matching Origin when the browser sends one, and — once signed in — the
 * session's CSRF token in a header.
 */
function checkRequest(
  request: FastifyRequest,
  route: AnyRoute,
  session: ResolvedSession | null,
): { status: number; error: ApiError } | null {
  if (route.method === 'GET') return null;
  const origin = request.headers.origin;
  if (origin && origin !== 'null') {
    const host = request.headers.host;
    if (!host || new URL(origin).host !== host)
      return { status: 403, error: apiError('forbidden', 'cross-origin request refused') };
  }
  const contentType = String(request.headers['content-type'] ?? '');
  if (route.upload && !contentType.startsWith('application/octet-stream')) {
    return {
      status: 415,
      error: apiError(
        'unsupported_media_type',
        'send the file as application/octet-stream',
        'file',
      ),
    };
  }
  if (route.body && !contentType.startsWith('application/json')) {
    return {
      status: 415,
      error: apiError(
        'unsupported_media_type',
        'send JSON (Content-Type: application/json)',
        'body',
      ),
    };
  }
  if (session && request.headers[CSRF_HEADER] !== session.csrfToken) {
    return {
      status: 403,
      error: apiError('forbidden', `missing or wrong ${CSRF_HEADER} header`, CSRF_HEADER),
    };
  }
  return null;
}

function parse(schema: z.ZodType | undefined, value: unknown, where: 'path' | 'query' | 'body') {
  if (!schema) return { value: undefined };
  const result = schema.safeParse(value ?? {});
  return result.success ? { value: result.data } : { error: fromZodError(result.error, where) };
}
