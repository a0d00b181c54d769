import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.js';
import { startApp } from '../app.js';
import { DEMO_PASSWORD } from '../demo/seed-demo.js';
import { recordsChanged } from '../packs/load-packs.js';

export const SERVE_HELP = `Usage: senim serve [options]

Starts Senim: the database (embedded PostgreSQL in the data folder unless a URL is given),
migrations, the reference data packs, the API and the web app.

Options:
  --port N             port to listen on (SENIM_PORT, default 4321)
  --host HOST          address to listen on (SENIM_HOST, default localhost)
  --data-dir DIR       folder for the embedded PostgreSQL (SENIM_DATA_DIR, default .senim)
  --database-url URL   use this PostgreSQL server instead (SENIM_DATABASE_URL)
  --packs PATH         data packs to load at start (default: the data/ folder); --no-packs to skip
  --demo               add demo accounts, reports and plans (once; see README). Never in production
  --help               this text`;

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      packs: { type: 'string' },
      'no-packs': { type: 'boolean' },
      demo: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(SERVE_HELP);
    return 0;
  }
  const env = { ...process.env };
  if (values.port !== undefined) env['SENIM_PORT'] = values.port;
  if (values.host !== undefined) env['SENIM_HOST'] = values.host;
  if (values['data-dir'] !== undefined) env['SENIM_DATA_DIR'] = values['data-dir'];
  if (values['database-url'] !== undefined) env['SENIM_DATABASE_URL'] = values['database-url'];
  const config = loadConfig(env);

  console.log(
    config.databaseUrl ? 'Connecting to PostgreSQL…' : `Starting PostgreSQL in ${config.dataDir}…`,
  );
  const app = await startApp(config, {
    packs: values['no-packs'] ? false : values.packs,
    logger: true,
    demo: values.demo === true,
  });
  const changed = recordsChanged(app.loaded);
  console.log(
    `Database: ${app.database.description}${app.database.applied.length ? ` (applied ${app.database.applied.join(', ')})` : ''}`,
  );
  console.log(`Reference data: ${changed} records created or updated`);
  if (app.demo)
    console.log(
      `Demo data ${app.demo}: sign in as admin@demo.senim.kz with password ${DEMO_PASSWORD} (see README)`,
    );
  console.log(`Senim is running at ${app.url}  (Ctrl-C stops it)`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping Senim…`);
      app.stop().then(resolve, (error: unknown) => {
        console.error(`could not stop cleanly: ${(error as Error).message}`);
        resolve();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  console.log('Stopped.');
  return 0;
}
