import path from 'node:path';
import type { Config } from '../config.js';
import { ensureDatabase } from './create-database.js';
import { openDatabase, type Database } from './database.js';
import { startEmbeddedServer } from './embedded-server.js';
import { migrate } from './migrate.js';

export interface RunningDatabase {
  readonly db: Database;
  /** Where the database is, without credentials, for logs. */
  readonly description: string;
  /** Migrations applied by this start. */
  readonly applied: readonly string[];
  close(): Promise<void>;
}

/**
 * The database Senim runs on: the server at SENIM_DATABASE_URL, or else the embedded PostgreSQL in
 * the data folder (started now, stopped by close). Migrations are applied before anything else runs.
 */
export async function startDatabase(
  config: Config,
  log: (line: string) => void = () => {},
): Promise<RunningDatabase> {
  let url = config.databaseUrl;
  let stopServer = async () => {};
  let description: string;
  if (url) {
    const u = new URL(url);
    description = `postgres://${u.host}${u.pathname}`;
  } else {
    const server = await startEmbeddedServer(config.dataDir, log);
    stopServer = () => server.stop();
    try {
      url = await ensureDatabase(server.adminUrl, 'senim');
    } catch (error) {
      await server.stop();
      throw error;
    }
    description = `embedded PostgreSQL in ${path.join(config.dataDir, 'pg')}`;
  }
  let applied: string[];
  try {
    applied = await migrate(url);
  } catch (error) {
    await stopServer();
    throw error;
  }
  const db = openDatabase(url);
  return {
    db,
    description,
    applied,
    async close() {
      await db.destroy();
      await stopServer();
    },
  };
}
