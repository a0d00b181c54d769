import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedServer } from '../../src/platform/db/embedded-server.js';
import { withClient } from '../../src/platform/db/with-client.js';

/**
 * The PostgreSQL cluster a test run uses: the external server at SENIM_TEST_DATABASE_URL when set
 * (CI points it at Debian's PostgreSQL), else an embedded one in a temporary folder.
 * Each test file gets a fresh database of its own in that cluster.
 */
export async function startTestCluster(): Promise<{
  adminUrl: string;
  kind: string;
  stop(): Promise<void>;
}> {
  const external = process.env['SENIM_TEST_DATABASE_URL'];
  if (external) return { adminUrl: external, kind: 'external', stop: async () => {} };
  const dir = await mkdtemp(path.join(tmpdir(), 'senim-test-pg-'));
  const server = await startEmbeddedServer(dir);
  // Autovacuum wakes every second instead of every minute, so tests meet its workers as a busy
  // server would (dropping a database under one, tests/integration/drop-database.test.ts).
  await withClient(server.adminUrl, async (admin) => {
    await admin.query(`alter system set autovacuum_naptime = '1s'`);
    await admin.query('select pg_reload_conf()');
  });
  return {
    adminUrl: server.adminUrl,
    kind: 'embedded',
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
