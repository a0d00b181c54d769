import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/database.js';
import { apiError, fromZodError } from './errors.js';
import { buildOpenApi } from './openapi.js';
import type { AnyRoute } from './route.js';

export interface ServerOptions {
  db: Database;
  routes: readonly AnyRoute[];
  version: string;
  /** The built web app (index.html and assets); the API alone is served when absent. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
}

const toFastifyPath = (p: string) => p.replace(/\{(\w+)\}/g, ':$1');

/**
 * The HTTP edge: validates input against the route's schema, opens a transaction, calls the route's
 * use case, validates and sends the answer. Bad input is a 4xx naming the field; nothing else leaks.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });
  const { db } = options;
  const webRoot =
    options.webRoot && existsSync(path.join(options.webRoot, 'index.html'))
      ? options.webRoot
      : undefined;

  app.setErrorHandler((error: { statusCode?: number; message?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) {
      return reply
        .status(status)
        .send(apiError(status === 413 ? 'too_large' : 'invalid', error.message ?? 'bad request'));
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
    app.route({
      method: route.method,
      url: toFastifyPath(route.path),
      handler: async (request, reply) => {
        const params = parse(route.params, request.params, 'path');
        if ('error' in params) return reply.status(400).send(params.error);
        const query = parse(route.query, request.query, 'query');
        if ('error' in query) return reply.status(400).send(query.error);
        const outcome = await db.transaction().execute(async (trx) => {
          if (route.method === 'GET') await sql`set transaction read only`.execute(trx);
          return route.handle({ trx }, { params: params.value, query: query.value });
        });
        if ('refused' in outcome) {
          return reply
            .status(outcome.refused === 'not_found' ? 404 : 400)
            .send(apiError(outcome.refused, outcome.message, outcome.field));
        }
        // The answer is checked against its published schema: drift is a bug, caught here.
        return reply.send(route.response.parse(outcome.ok));
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

function parse(schema: z.ZodType | undefined, value: unknown, where: 'path' | 'query') {
  if (!schema) return { value: undefined };
  const result = schema.safeParse(value ?? {});
  return result.success ? { value: result.data } : { error: fromZodError(result.error, where) };
}
