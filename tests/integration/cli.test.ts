import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/platform/paths.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The CLI is tested as users run it: the built bin/senim.js in a child process (npm test builds first).
function senim(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/senim.js'), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, SENIM_DATABASE_URL: '', SENIM_ADMIN_PASSWORD: '', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ packs: false });
});
afterAll(async () => {
  await t?.stop();
});

describe('senim CLI', () => {
  it('prints help for every command', () => {
    for (const command of ['serve', 'db', 'data', 'export', 'text', 'admin', 'library']) {
      const { code, stdout } = senim([command, '--help']);
      expect(code, command).toBe(0);
      expect(stdout, command).toMatch(/Usage: senim/);
    }
  });

  it('refuses mistakes with exit code 2 and one line', () => {
    for (const args of [
      ['nope'],
      ['export', '--format', 'xml'],
      ['export', '--format', 'csv'],
      ['serve', '--port', 'abc'],
      ['serve', '--colour'],
      ['data', 'frobnicate', 'x'],
    ]) {
      const { code, stderr } = senim(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('validates packs, naming file, path and reason, and loads nothing from a bad one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'senim-cli-'));
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(
      bad,
      'pack: bad\nstates:\n  - id: KAZ\n    name: { kk: Қазақстан, ru: Казахстан }\n    source: ISO 3166-1\n',
    );
    const validate = senim(['data', 'validate', bad]);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain(`${bad}: states[0].name.en:`);
    const load = senim(['data', 'load', bad, '--database-url', t.databaseUrl]);
    expect(load.code).toBe(2);
    const count = await t.app.database.db
      .selectFrom('state')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('loads the data packs into a database and exports them as JSON and CSV', () => {
    expect(senim(['data', 'validate', path.join(REPO_ROOT, 'data')]).code).toBe(0);
    const load = senim([
      'data',
      'load',
      path.join(REPO_ROOT, 'data'),
      '--database-url',
      t.databaseUrl,
    ]);
    expect(load.code, load.stderr).toBe(0);
    expect(load.stdout).toMatch(/state: \d+ created/);
    const again = senim([
      'data',
      'load',
      path.join(REPO_ROOT, 'data'),
      '--database-url',
      t.databaseUrl,
    ]);
    expect(again.stdout).toMatch(/state: 0 created, 0 updated/);
    const json = senim(['export', '--format', 'json', '--database-url', t.databaseUrl]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).states.map((s: { id: string }) => s.id)).toContain('KAZ');
    const csv = senim([
      'export',
      '--format',
      'csv',
      '--table',
      'memberships',
      '--database-url',
      t.databaseUrl,
    ]);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('organization,state,member_organization,status,from,to,source');
    expect(lines.some((l) => l.startsWith('CICA,KAZ,,member,1999,'))).toBe(true);
  });

  it('creates the first administrator, and refuses a weak password or a taken e-mail with exit code 2', async () => {
    const env = { SENIM_ADMIN_PASSWORD: 'a long enough passphrase' };
    const created = senim(
      [
        'admin',
        'create',
        '--email',
        'first@secretariat.example',
        '--name',
        'Бірінші әкімші',
        '--database-url',
        t.databaseUrl,
      ],
      undefined,
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^Created administrator first@secretariat\.example/);
    const again = senim(
      [
        'admin',
        'create',
        '--email',
        'first@secretariat.example',
        '--name',
        'x',
        '--database-url',
        t.databaseUrl,
      ],
      undefined,
      env,
    );
    expect(again.code).toBe(2);
    const weak = senim(
      [
        'admin',
        'create',
        '--email',
        'b@secretariat.example',
        '--name',
        'x',
        '--database-url',
        t.databaseUrl,
      ],
      undefined,
      { SENIM_ADMIN_PASSWORD: 'short' },
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/password: at least 12 characters/);
    const fromStdin = senim(
      [
        'admin',
        'create',
        '--email',
        'c@secretariat.example',
        '--name',
        'x',
        '--database-url',
        t.databaseUrl,
      ],
      'another long passphrase\n',
    );
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    const account = await t.app.database.db
      .selectFrom('account')
      .select(['role'])
      .where('email', '=', 'c@secretariat.example')
      .executeTakeFirstOrThrow();
    expect(account.role).toBe('admin');
  });

  it('migrates an up-to-date database without change', () => {
    const { code, stdout } = senim(['db', 'migrate', '--database-url', t.databaseUrl]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Up to date/);
  });
});
