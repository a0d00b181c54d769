import { parseArgs } from 'node:util';
import { startDatabase } from '../platform/db/start-database.js';
import { DATABASE_OPTIONS, databaseConfig } from './database-options.js';
import { UsageError } from './usage-error.js';

export const DB_HELP = `Usage: senim db migrate [--data-dir DIR] [--database-url URL]

Applies the migrations the database has not seen yet, and says which.`;

export async function dbCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: DATABASE_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(DB_HELP);
    return 0;
  }
  if (positionals[0] !== 'migrate' || positionals.length > 1)
    throw new UsageError(`expected 'senim db migrate'`);
  const database = await startDatabase(databaseConfig(values));
  try {
    console.log(
      database.applied.length
        ? `Applied ${database.applied.join(', ')} on ${database.description}`
        : `Up to date: ${database.description}`,
    );
  } finally {
    await database.close();
  }
  return 0;
}
