import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/platform/paths.js';

const dataDir = await mkdtemp(path.join(tmpdir(), 'senim-serve-'));
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs `senim serve` on the embedded PostgreSQL in `dataDir` until it prints its URL. */
function serve(extra: string[] = []): Promise<{
  url: string;
  output: () => string;
  stop: () => Promise<number | null>;
}> {
  const child = spawn(
    process.execPath,
    [
      path.join(REPO_ROOT, 'bin/senim.js'),
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data-dir',
      dataDir,
      ...extra,
    ],
    {
      env: { ...process.env, SENIM_DATABASE_URL: '', SENIM_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
    const check = () => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve({
          url: match[1]!,
          output: () => output,
          stop: () => {
            child.kill('SIGINT');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) =>
      reject(new Error(`exited with ${code} before starting:\n${output}`)),
    );
  });
}

async function total(url: string): Promise<number> {
  const response = await fetch(`${url}/api/organizations/CICA/members?status=member`);
  return ((await response.json()) as { total: number }).total;
}

describe('senim serve on the embedded PostgreSQL', () => {
  it('starts, answers, stops cleanly on Ctrl-C, and reuses its data on the next start', async () => {
    const first = await serve();
    expect(first.output()).toMatch(/Reference data: [1-9]\d* records created or updated/);
    const members = await total(first.url);
    expect(members).toBe(28);
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain('Stopped.');
    // PostgreSQL removes its pid file when it has shut down.
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    // The second start is `npm start`'s: demo mode adds the demo accounts and data, once.
    const second = await serve(['--demo']);
    expect(second.output()).toMatch(/Reference data: 0 records created or updated/);
    expect(second.output()).toMatch(/Demo data seeded/);
    const signIn = await fetch(`${second.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'focal.kaz@demo.senim.kz', password: 'senim-demo-2026' }),
    });
    expect(signIn.status).toBe(200);
    const again = await total(second.url);
    expect(again).toBe(28);
    expect(await second.stop()).toBe(0);
  }, 240_000);
});
