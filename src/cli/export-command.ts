import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { startDatabase } from '../platform/db/start-database.js';
import {
  CSV_TABLES,
  exportRegistry,
  registryTable,
  type CsvTable,
} from '../packs/export-registry.js';
import { DATABASE_OPTIONS, databaseConfig } from './database-options.js';
import { toCsv } from '../platform/csv.js';
import { UsageError } from './usage-error.js';

export const EXPORT_HELP = `Usage: senim export --format json|csv [--table NAME] [--out FILE] [--data-dir DIR] [--database-url URL]

Writes the registry. json is a data pack (it validates and loads again); csv writes one table:
${CSV_TABLES.join(', ')} (--table, required for csv). Output goes to stdout unless --out is given.`;

export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...DATABASE_OPTIONS,
      format: { type: 'string' },
      table: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(EXPORT_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected '${positionals[0]}'`);
  if (values.format !== 'json' && values.format !== 'csv')
    throw new UsageError('--format must be json or csv');
  if (values.format === 'csv' && !CSV_TABLES.includes(values.table as CsvTable)) {
    throw new UsageError(`--table must be one of ${CSV_TABLES.join(', ')}`);
  }
  if (values.format === 'json' && values.table !== undefined)
    throw new UsageError('--table is for csv only');
  const database = await startDatabase(databaseConfig(values));
  let text: string;
  try {
    const data = await exportRegistry(database.db);
    text =
      values.format === 'json'
        ? `${JSON.stringify(data, null, 2)}\n`
        : toCsv(registryTable(data, values.table as CsvTable));
  } finally {
    await database.close();
  }
  if (values.out) await writeFile(values.out, text);
  else process.stdout.write(text);
  return 0;
}
