import { z } from 'zod';
import { ApiError } from './errors.js';
import type { AnyRoute } from './route.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (object.required ?? []).includes(name),
    description: property['description'],
    schema: property,
  }));
}

/** The OpenAPI 3.1 document, generated from the same schemas that validate requests and responses. */
export function buildOpenApi(routes: readonly AnyRoute[], info: { version: string }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorResponse = {
    content: { 'application/json': { schema: jsonSchema(ApiError, 'output') } },
  };
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.upload
        ? {
            requestBody: {
              required: true,
              content: {
                'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
              },
            },
          }
        : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses: {
        '200': route.download
          ? {
              description: 'The file',
              content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
            }
          : {
              description: 'OK',
              content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
            },
        '400': {
          description: 'A parameter is malformed or unknown; `field` names it',
          ...errorResponse,
        },
        '401': { description: 'Sign in first (or wrong credentials at sign-in)', ...errorResponse },
        '403': { description: 'Cross-origin request or missing CSRF header', ...errorResponse },
        '404': {
          description: 'No such record, or not yours to see; `field` names the id',
          ...errorResponse,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Senim API',
      version: info.version,
      description:
        'The registry of security cooperation in Asia: states, organisations, memberships over time, instruments, the CICA Catalogue of CBMs and the timeline. Names come in Kazakh, Russian and English.',
    },
    servers: [{ url: '/' }],
    paths,
  };
}
