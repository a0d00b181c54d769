import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../modules.js';
import { buildOpenApi } from './openapi.js';

describe('buildOpenApi', () => {
  const doc = buildOpenApi(ROUTES, { version: 'test' }) as {
    openapi: string;
    paths: Record<string, Record<string, any>>;
  };

  it('describes every route once, with its parameters and response schema', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const operation = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, route.path).toBeDefined();
      const content = operation.responses['200'].content;
      if (route.download) expect(content['*/*'].schema.format).toBe('binary');
      else expect(content['application/json'].schema).toBeTypeOf('object');
      const body = operation.requestBody?.content;
      if (route.body) expect(body['application/json'].schema, route.path).toBeTypeOf('object');
      else if (route.upload) expect(body['application/octet-stream'].schema.format).toBe('binary');
      else expect(body, route.path).toBeUndefined();
      for (const name of route.path.match(/\{(\w+)\}/g) ?? []) {
        expect(
          operation.parameters.some(
            (p: { name: string; in: string }) => `{${p.name}}` === name && p.in === 'path',
          ),
        ).toBe(true);
      }
    }
    expect(new Set(ROUTES.map((r) => r.operationId)).size).toBe(ROUTES.length);
  });

  it('documents the filters of a list', () => {
    const names = doc.paths['/api/events']!['get'].parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(['from', 'to', 'actor', 'type', 'limit', 'offset']);
  });
});
