import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Actor } from '../platform/auth/actor.js';
import { startDatabase } from '../platform/db/start-database.js';
import type { Database } from '../platform/db/database.js';
import { addDocument } from '../library/document.use-cases.js';
import { DOCUMENT_LANGUAGES } from '../library/language.js';
import { SearchQuery, VISIBILITIES, type SearchResult } from '../library/library.schema.js';
import { reanalyseLibrary } from '../library/reanalyse.js';
import { searchLibrary } from '../library/search/search.use-cases.js';
import { formatProblem, readPacks } from '../packs/read-packs.js';
import { loadPacks, recordsChanged } from '../packs/load-packs.js';
import { DATA_DIR } from '../platform/paths.js';
import { DATABASE_OPTIONS, databaseConfig } from './database-options.js';
import { progressBar } from './progress.js';
import { UsageError } from './usage-error.js';

export const LIBRARY_HELP = `Usage: senim library import DIR [--visibility public|members|secretariat] [--language kk|ru|en]
       senim library search QUERY [--json] [--lang kk|ru|en] [--limit N]
       senim library reanalyse
       (each also takes [--data-dir DIR] [--database-url URL] [--packs PATH | --no-packs], as
       senim serve does: the reference data packs are loaded first, so that a library filled
       before the first serve already knows the registry and the glossary)

import   files every document under DIR (.txt, .md, .html, .docx, .pdf, judged by content) with a
         progress bar; a file already in the library is skipped, so an interrupted run is resumed
         by running it again; files that cannot be read are listed at the end (exit code 1).
search   searches as the Secretariat does (every document): rank, language, title, id and snippet,
         or the API's JSON answer with --json.
reanalyse runs the text engine again over every document and reports what changed.`;

/** The operator at the command line acts with the Secretariat's reach; the trail records "system". */
const OPERATOR: Actor = { role: 'admin', accountId: null, stateId: null, organizationId: null };

export async function libraryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...DATABASE_OPTIONS,
      packs: { type: 'string' },
      'no-packs': { type: 'boolean' },
      visibility: { type: 'string' },
      language: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(LIBRARY_HELP);
    return 0;
  }
  const [action, target, ...rest] = positionals;
  const oneOf = <T extends string>(
    name: string,
    value: string | undefined,
    allowed: readonly T[],
  ) => {
    if (value !== undefined && !allowed.includes(value as T))
      throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
    return value as T | undefined;
  };
  if (action === 'import' && target && rest.length === 0) {
    const visibility = oneOf('visibility', values.visibility, VISIBILITIES);
    const language = oneOf('language', values.language, DOCUMENT_LANGUAGES);
    const files = await listFiles(target);
    return withDatabase(values, (db) => importFiles(db, files, { visibility, language }));
  }
  if (action === 'search' && target && rest.length === 0) {
    const parsed = SearchQuery.safeParse({
      q: target,
      ...(values.lang ? { lang: values.lang } : {}),
      ...(values.limit ? { limit: values.limit } : {}),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UsageError(`${String(issue.path[0] ?? 'query')}: ${issue.message}`);
    }
    return withDatabase(values, async (db) => {
      const outcome = await db
        .transaction()
        .execute((trx) => searchLibrary(trx, OPERATOR, parsed.data));
      if (!('ok' in outcome)) throw new UsageError(outcome.message);
      printResults(outcome.ok, values.json === true);
      return 0;
    });
  }
  if (action === 'reanalyse' && !target) {
    return withDatabase(values, async (db) => {
      const bar = progressBar('reanalyse');
      const { total, changed } = await reanalyseLibrary(db, (done, all) => bar.update(done, all));
      bar.done();
      const count = (key: 'index' | 'normalization' | 'dates' | 'entities') =>
        changed.filter((c) => c[key]).length;
      console.log(
        `${total} document(s) read again; ${changed.length} changed: index ${count('index')}, ` +
          `normalisation ${count('normalization')}, dates ${count('dates')}, entities ${count('entities')}, ` +
          `new suggestions ${changed.reduce((n, c) => n + c.newSuggestions, 0)}`,
      );
      for (const c of changed) console.log(`  ${c.document}  ${c.title}`);
      return 0;
    });
  }
  throw new UsageError(
    `expected 'senim library import DIR', 'senim library search QUERY' or 'senim library reanalyse'`,
  );
}

/**
 * Opens the configured database with the reference packs loaded (as `senim serve` does at every
 * start: only what changed is written, with its audit entries), runs, and closes it.
 */
async function withDatabase(
  values: Parameters<typeof databaseConfig>[0] & { packs?: string; 'no-packs'?: boolean },
  run: (db: Database) => Promise<number>,
): Promise<number> {
  const read = values['no-packs'] ? undefined : await readPacks(values.packs ?? DATA_DIR);
  if (read && !read.ok)
    throw new UsageError(
      `the data packs are invalid: ${read.problems.map(formatProblem).join('; ')}`,
    );
  const database = await startDatabase(databaseConfig(values));
  try {
    if (read?.ok) {
      const loaded = await loadPacks(database.db, read.packs);
      const changed = recordsChanged(loaded);
      if (changed > 0) console.error(`reference data: ${changed} records created or updated`);
    }
    return await run(database.db);
  } finally {
    await database.close();
  }
}

async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    throw new UsageError(`cannot read the folder ${dir}`);
  }
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function importFiles(
  db: Database,
  files: readonly string[],
  options: {
    visibility: (typeof VISIBILITIES)[number] | undefined;
    language: (typeof DOCUMENT_LANGUAGES)[number] | undefined;
  },
): Promise<number> {
  const bar = progressBar('import');
  const failures: string[] = [];
  let added = 0;
  let skipped = 0;
  for (const [index, file] of files.entries()) {
    bar.update(index, files.length, path.basename(file));
    try {
      const bytes = await readFile(file);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const known = await db
        .selectFrom('library_document')
        .select('id')
        .where('sha256', '=', sha256)
        .executeTakeFirst();
      if (known) {
        skipped += 1;
        continue;
      }
      const outcome = await db.transaction().execute((trx) =>
        addDocument(
          trx,
          OPERATOR,
          {
            name: path.basename(file),
            ...(options.visibility ? { visibility: options.visibility } : {}),
            ...(options.language ? { language: options.language } : {}),
            instruments: undefined,
            meetings: undefined,
          },
          bytes,
        ),
      );
      if ('ok' in outcome) added += 1;
      else if (outcome.refused === 'conflict') skipped += 1;
      else failures.push(`${file}: ${outcome.message}`);
    } catch (error) {
      failures.push(`${file}: ${(error as Error).message}`);
    }
  }
  bar.update(files.length, files.length);
  bar.done();
  console.log(
    `${added} document(s) added, ${skipped} already in the library, ${failures.length} failed`,
  );
  for (const failure of failures) console.error(`  ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

function printResults(result: SearchResult, json: boolean) {
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`${result.total} document(s)`);
  for (const [i, item] of result.items.entries()) {
    let snippet = item.snippet;
    for (const [start, end] of [...item.highlights].reverse())
      snippet = `${snippet.slice(0, start)}[${snippet.slice(start, end)}]${snippet.slice(end)}`;
    console.log(
      `${String(i + 1).padStart(3)}. ${item.score.toFixed(3)} ${item.language} ${item.title}  (${item.document})`,
    );
    if (snippet) console.log(`     ${snippet}`);
  }
  for (const c of result.corrections) console.log(`searched ${c.from} as ${c.to}`);
}
