import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/platform/paths.js';
import { DAMAGED_KAZAKH, ENGLISH_TEXT, RUSSIAN_TEXT } from '../support/library.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// As users run it: the built bin/senim.js in a child process, on this test's database.
function senim(args: string[], databaseUrl = t.databaseUrl) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/senim.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, SENIM_DATABASE_URL: databaseUrl },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await startTestApp();
  dir = await mkdtemp(path.join(tmpdir(), 'senim-library-'));
  await mkdir(path.join(dir, 'ru'));
  await writeFile(path.join(dir, 'astana.txt'), DAMAGED_KAZAKH);
  await writeFile(path.join(dir, 'ru', 'zayavlenie.md'), `# Заявление\n\n${RUSSIAN_TEXT}`);
  await writeFile(
    path.join(dir, 'scan.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
  );
});
afterAll(async () => {
  await t?.stop();
});

describe('senim library', () => {
  it('imports a folder with progress, reports bad files at the end, and resumes without duplicates', () => {
    const first = senim(['library', 'import', dir, '--visibility', 'members']);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/2 document\(s\) added, 0 already in the library, 1 failed/);
    expect(first.stderr).toMatch(/import: 3\/3 \(100%\)/);
    expect(first.stderr).toMatch(/scan\.png: the file is not a document Senim reads/);
    const again = senim(['library', 'import', dir]);
    expect(again.stdout).toMatch(/0 document\(s\) added, 2 already in the library, 1 failed/);
  });

  it('searches like the API, as text or JSON', () => {
    const text = senim(['library', 'search', 'қауіпсіздік']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^2 document\(s\)/);
    expect(text.stdout).toMatch(/\[кауіпсіздігі\]/);
    const json = senim(['library', 'search', 'Заявление', '--json']);
    const answer = JSON.parse(json.stdout);
    expect(answer.items).toHaveLength(1);
    expect(answer.items[0]).toMatchObject({ title: 'Заявление', language: 'ru' });
  });

  it('re-runs the analysis and says what changed', () => {
    const run = senim(['library', 'reanalyse']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 document\(s\) read again; 0 changed/);
  });

  it('reports what an older analysis got differently', async () => {
    // As if an older engine had read the Kazakh document without repairing it.
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    await client.query(
      `update library_analysis set normalized_text = 'old', entities = '[]' from library_document d
       where d.id = document_id and d.language = 'kk'`,
    );
    await client.end();
    const run = senim(['library', 'reanalyse']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /2 document\(s\) read again; 1 changed: index 0, normalisation 1, dates 0, entities 1/,
    );
    expect(run.stdout).toMatch(/astana/);
  });

  it('refuses mistakes with exit code 2 and one line', () => {
    for (const args of [
      ['library', 'search', 'x', '--packs', path.join(dir, 'no-such-packs')],
      ['library', 'import', dir, '--visibility', 'everyone'],
      ['library', 'import', path.join(dir, 'missing')],
      ['library', 'search', ''],
      ['library', 'frobnicate'],
    ]) {
      const { code, stderr } = senim(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

describe('senim library on a database no server has started', () => {
  it('loads the reference packs first (unless told not to): the registry and the glossary are there', async () => {
    const fresh = await startTestApp({ packs: false });
    try {
      const folder = await mkdtemp(path.join(tmpdir(), 'senim-library-fresh-'));
      await writeFile(path.join(folder, 'nuclear.txt'), ENGLISH_TEXT);
      const query = ['library', 'search', 'ядролық қару', '--json'];
      // --no-packs: the document is filed, but no glossary carries a Kazakh query to it
      const bare = senim(['library', 'import', folder, '--no-packs'], fresh.databaseUrl);
      expect(bare.code, bare.stderr).toBe(0);
      expect(bare.stderr).not.toMatch(/reference data/);
      const unseen = senim([...query, '--no-packs'], fresh.databaseUrl);
      expect(JSON.parse(unseen.stdout).items).toHaveLength(0);
      // by default the packs are loaded first, and the glossary (nuclear weapons) finds it
      const found = senim(query, fresh.databaseUrl);
      expect(found.stderr).toMatch(/reference data: \d+ records created or updated/);
      expect(JSON.parse(found.stdout).items).toHaveLength(1);
      // a second run finds nothing to load; re-analysis now knows the registry's Kazakhstan
      const again = senim(['library', 'reanalyse'], fresh.databaseUrl);
      expect(again.stderr).not.toMatch(/reference data/);
      const client = new pg.Client({ connectionString: fresh.databaseUrl });
      await client.connect();
      const links = await client.query(
        `select target_id from library_suggestion where kind = 'link' order by target_id`,
      );
      await client.end();
      expect(links.rows.map((r: { target_id: string }) => r.target_id)).toContain('KAZ');
    } finally {
      await fresh.stop();
    }
  });
});
