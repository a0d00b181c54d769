import type { FastifyInstance } from 'fastify';
import type { Config } from './platform/config.js';
import { startDatabase, type RunningDatabase } from './platform/db/start-database.js';
import { buildServer } from './platform/http/server.js';
import { DATA_DIR, WEB_ROOT } from './platform/paths.js';
import { formatProblem, readPacks } from './packs/read-packs.js';
import { loadPacks, type LoadSummary } from './packs/load-packs.js';
import { ROUTES } from './modules.js';
import { VERSION } from './version.js';
import { seedDemo } from './demo/seed-demo.js';
import { smtpSender, startMailer } from './platform/mail/mailer.js';

export interface RunningApp {
  readonly url: string;
  readonly database: RunningDatabase;
  readonly server: FastifyInstance;
  readonly loaded: LoadSummary;
  /** What demo mode did at this start, when it is on. */
  readonly demo: 'seeded' | 'present' | null;
  stop(): Promise<void>;
}

export class StartError extends Error {}

/**
 * Senim as one process: database up and migrated, reference packs loaded, API and web app served.
 */
export async function startApp(
  config: Config,
  options: {
    packs?: string | false;
    webRoot?: string;
    log?: (line: string) => void;
    logger?: boolean;
    /** Seed the demo accounts, reports and plans (once). */
    demo?: boolean;
  } = {},
): Promise<RunningApp> {
  const log = options.log ?? (() => {});
  let loaded: LoadSummary = {};
  const packsPath = options.packs === undefined ? DATA_DIR : options.packs;
  const read = packsPath ? await readPacks(packsPath) : undefined;
  if (read && !read.ok)
    throw new StartError(
      `the data packs are invalid:\n${read.problems.map(formatProblem).join('\n')}`,
    );

  const database = await startDatabase(config, log);
  try {
    if (read?.ok) loaded = await loadPacks(database.db, read.packs);
    const demo = options.demo ? await seedDemo(database.db) : null;
    const server = await buildServer({
      db: database.db,
      routes: ROUTES,
      version: VERSION,
      webRoot: options.webRoot ?? WEB_ROOT,
      logger: options.logger ? { level: config.logLevel } : false,
      maxUploadBytes: config.libraryMaxBytes,
    });
    const mailer = config.smtpUrl
      ? startMailer(database.db, smtpSender(config.smtpUrl, config.mailFrom), config.publicUrl, log)
      : undefined;
    const address = await server.listen({ port: config.port, host: config.host });
    const port = new URL(address).port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    return {
      url,
      database,
      server,
      loaded,
      demo,
      async stop() {
        await server.close();
        await mailer?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
