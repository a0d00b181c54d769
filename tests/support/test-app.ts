import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/platform/config.js';
import { dropDatabase, ensureDatabase } from '../../src/platform/db/create-database.js';
import { startTestCluster } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

export interface RequestOptions {
  body?: unknown;
  as?: { cookie: string; csrfToken: string } | undefined;
  headers?: Record<string, string>;
}

export interface TestResponse {
  status: number;
  body: any;
  headers: Headers;
}

export interface TestApp {
  /** http://127.0.0.1:PORT — loopback only. */
  readonly url: string;
  readonly app: RunningApp;
  /** URL of this test's own database (as its owner). */
  readonly databaseUrl: string;
  get(path: string): Promise<{ status: number; body: any }>;
  /** Any request; `as` signs it with a session's cookie and CSRF header. */
  request(method: string, path: string, options?: RequestOptions): Promise<TestResponse>;
  stop(): Promise<void>;
}

/**
 * A whole Senim on a fresh database with the data/ packs loaded, served on 127.0.0.1 at a free port.
 * Uses the cluster from the global setup when there is one, or starts its own.
 */
export async function startTestApp(
  options: { packs?: string | false; config?: Partial<Config> } = {},
): Promise<TestApp> {
  let adminUrl: string;
  let stopCluster = async () => {};
  try {
    adminUrl = inject('adminUrl');
  } catch {
    adminUrl = '';
  }
  if (!adminUrl) {
    const cluster = await startTestCluster();
    adminUrl = cluster.adminUrl;
    stopCluster = cluster.stop;
  }
  const name = `senim_test_${randomBytes(6).toString('hex')}`;
  const databaseUrl = await ensureDatabase(adminUrl, name);
  const config = loadConfig(
    {},
    { port: 0, host: '127.0.0.1', databaseUrl, logLevel: 'silent', ...options.config },
  );
  const app = await startApp(config, { packs: options.packs });
  return {
    url: app.url,
    app,
    databaseUrl,
    async get(path: string) {
      return request(app.url, 'GET', path);
    },
    async request(method: string, path: string, options: RequestOptions = {}) {
      return request(app.url, method, path, options);
    },
    async stop() {
      await app.stop();
      await dropDatabase(adminUrl, name);
      await stopCluster();
    },
  };
}

async function request(
  base: string,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<TestResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined)
    headers['content-type'] ??= Buffer.isBuffer(options.body)
      ? 'application/octet-stream'
      : 'application/json';
  if (options.as) {
    headers['cookie'] = options.as.cookie;
    headers['x-csrf-token'] = options.as.csrfToken;
  }
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : Buffer.isBuffer(options.body)
            ? new Uint8Array(options.body)
            : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers };
}
