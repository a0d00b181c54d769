import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase, ensureDatabase } from '../../src/platform/db/create-database.js';
import { withClient } from '../../src/platform/db/with-client.js';

// Each test file drops its database at the end, as a role that need not be a superuser (CI's
// Debian server gives a CREATEDB role). An autovacuum worker busy in that database once made
// DROP DATABASE ... WITH (FORCE) fail there; this reproduces it on purpose.

const adminUrl = inject('adminUrl');
const suffix = randomBytes(4).toString('hex');
const role = `senim_dropper_${suffix}`;
const password = randomBytes(12).toString('hex');

/** The admin URL, signed in as the test's own role. */
function asRole(base: string): string {
  const url = new URL(base);
  url.username = role;
  url.password = password;
  return url.toString();
}
const roleUrl = asRole(adminUrl);

beforeAll(async () => {
  await withClient(adminUrl, (c) =>
    c.query(`create role ${role} login createdb password '${password}'`),
  );
});
afterAll(async () => {
  await withClient(adminUrl, (c) => c.query(`drop role if exists ${role}`));
});

describe('dropDatabase as a role that is not a superuser', () => {
  it('drops a database whose open sessions it owns', async () => {
    const name = `senim_drop_${suffix}_a`;
    const url = await ensureDatabase(roleUrl, name);
    const open = new pg.Client({ connectionString: url });
    await open.connect();
    open.on('error', () => {}); // it is about to be ended by the drop
    await dropDatabase(roleUrl, name);
    expect(await databaseExists(name)).toBe(false);
    await open.end().catch(() => {});
  });

  it('drops a database while an autovacuum worker is vacuuming it', async (context) => {
    const naptime = await withClient(adminUrl, (c) =>
      c.query<{ s: string }>(
        `select setting as s from pg_settings where name = 'autovacuum_naptime'`,
      ),
    );
    // The global setup (embedded server) and .ci/run (Debian's) make autovacuum wake every second;
    // a server left at the default minute would keep this test waiting.
    if (Number(naptime.rows[0]!.s) > 5)
      context.skip('autovacuum_naptime is above 5 s on this server');
    const name = `senim_drop_${suffix}_b`;
    const url = await ensureDatabase(roleUrl, name);
    // Dead rows in a table whose vacuum sleeps after every page: the worker stays a while.
    await withClient(url, (c) =>
      c.query(`
        create table slow (n int, t text) with (
          autovacuum_vacuum_threshold = 0, autovacuum_vacuum_scale_factor = 0,
          autovacuum_vacuum_cost_delay = 100, autovacuum_vacuum_cost_limit = 1);
        insert into slow select g, md5(g::text) from generate_series(1, 50000) g;
        delete from slow where n % 2 = 0;`),
    );
    expect(await waitForAutovacuum(name, 30_000)).toBe(true);
    await dropDatabase(roleUrl, name);
    expect(await databaseExists(name)).toBe(false);
  });
});

async function databaseExists(name: string): Promise<boolean> {
  const found = await withClient(adminUrl, (c) =>
    c.query('select 1 from pg_database where datname = $1', [name]),
  );
  return found.rowCount === 1;
}

async function waitForAutovacuum(database: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const workers = await withClient(adminUrl, (c) =>
      c.query(
        // A role that is not a superuser sees no backend_type for others' processes; a process
        // with no role in a fresh database can only be an autovacuum worker.
        `select 1 from pg_stat_activity where datname = $1 and usesysid is null`,
        [database],
      ),
    );
    if (workers.rowCount) return true;
    await sleep(200);
  }
  return false;
}
