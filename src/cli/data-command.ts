import { parseArgs } from 'node:util';
import { startDatabase } from '../platform/db/start-database.js';
import { formatProblem, readPacks } from '../packs/read-packs.js';
import { loadPacks } from '../packs/load-packs.js';
import { DATABASE_OPTIONS, databaseConfig } from './database-options.js';
import { UsageError } from './usage-error.js';

export const DATA_HELP = `Usage: senim data validate PATH
       senim data load PATH [--data-dir DIR] [--database-url URL]

PATH is a pack file (.yaml, .yml, .json) or a folder of them. validate checks the packs against
the schema and each other and prints file: path: reason for every problem (exit code 2).
load validates, then loads all packs in one transaction with an audit entry per change;
when any pack is bad nothing is loaded. See docs/DATA.md.`;

export async function dataCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: DATABASE_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(DATA_HELP);
    return 0;
  }
  const [action, target, ...rest] = positionals;
  if ((action !== 'validate' && action !== 'load') || !target || rest.length > 0) {
    throw new UsageError(`expected 'senim data validate PATH' or 'senim data load PATH'`);
  }
  const read = await readPacks(target);
  if (!read.ok) {
    for (const problem of read.problems) console.error(formatProblem(problem));
    console.error(`${read.problems.length} problem(s); nothing was loaded`);
    return 2;
  }
  if (action === 'validate') {
    console.log(`ok: ${read.packs.length} pack(s) valid`);
    return 0;
  }
  const database = await startDatabase(databaseConfig(values));
  try {
    const summary = await loadPacks(database.db, read.packs);
    for (const [entity, c] of Object.entries(summary)) {
      console.log(
        `${entity}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`,
      );
    }
  } finally {
    await database.close();
  }
  return 0;
}
