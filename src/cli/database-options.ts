import { loadConfig, type Config } from '../platform/config.js';

/** The options every command that opens the database shares, plus --help. */
export const DATABASE_OPTIONS = {
  'data-dir': { type: 'string' },
  'database-url': { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** The configuration of the environment, with --data-dir and --database-url applied over it. */
export function databaseConfig(values: {
  'data-dir'?: string | boolean | undefined;
  'database-url'?: string | boolean | undefined;
}): Config {
  const env = { ...process.env };
  if (typeof values['data-dir'] === 'string') env['SENIM_DATA_DIR'] = values['data-dir'];
  if (typeof values['database-url'] === 'string')
    env['SENIM_DATABASE_URL'] = values['database-url'];
  return loadConfig(env);
}
