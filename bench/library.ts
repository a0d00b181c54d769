/**
 * Library search benchmark: quality (recall@10, nDCG@10 per query group) and speed (indexing
 * throughput, search latency) of Senim's library search against MiniSearch and PostgreSQL's
 * `simple` configuration, on a generated trilingual corpus (bench/library/corpus.ts) with judged
 * queries (bench/library/queries.ts). Prints figures; asserts only the generator's own promises.
 *
 * Run: npm run bench:library -- --docs 10000 [--data-dir DIR] [--per-query]
 * The database stays in the data folder (default: a folder per corpus size under the system's
 * temporary folder) and is reused: a second run loads only what is missing.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { PUBLIC } from '../src/platform/auth/actor.js';
import { ensureDatabase } from '../src/platform/db/create-database.js';
import { openDatabase, type Database } from '../src/platform/db/database.js';
import { startEmbeddedServer } from '../src/platform/db/embedded-server.js';
import { migrate } from '../src/platform/db/migrate.js';
import { loadPacks } from '../src/packs/load-packs.js';
import { readPacks } from '../src/packs/read-packs.js';
import { checkDocument, Corpus } from './library/corpus.js';
import type { CorpusDocument } from './library/document.js';
import { failedInflectionChecks } from './library/inflect-kk.js';
import { mean, ndcgAt10, percentile, recallAt10 } from './library/metrics.js';
import { MiniSearchBaseline } from './library/minisearch-baseline.js';
import { createSimpleTable, insertSimple, searchSimple, simpleKeys } from './library/pg-simple.js';
import { GROUPS, QUERIES, type JudgedQuery } from './library/queries.js';
import { loadRegistry } from './library/registry.js';
import {
  createKeyTable,
  recordKeys,
  senim,
  senimKeys,
  type SenimLibrary,
} from './library/senim.js';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    'data-dir': { type: 'string' },
    packs: { type: 'string', default: 'data' },
    seed: { type: 'string', default: '2024' },
    throughput: { type: 'string', default: '1000' },
    'minisearch-max': { type: 'string', default: '20000' },
    repeat: { type: 'string', default: '3' },
    'per-query': { type: 'boolean', default: false },
    'no-senim': { type: 'boolean', default: false },
  },
});

const DOCS = Number(args.docs);
const SEED = Number(args.seed);
const THROUGHPUT_DOCS = Number(args.throughput);
const MINISEARCH_MAX = Number(args['minisearch-max']);
const REPEAT = Number(args.repeat);
const DATA_DIR = args['data-dir'] ?? path.join(tmpdir(), `senim-bench-library-${DOCS}`);
const SIMPLE_BATCH = 1000;
const SENIM_BATCH = 100;

type Ranker = (query: JudgedQuery) => Promise<string[]>;
interface System {
  readonly name: string;
  readonly rank: Ranker;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main() {
  console.log(`$ node dist/bench/library.js ${process.argv.slice(2).join(' ')}`.trimEnd());
  console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);

  const failed = failedInflectionChecks();
  if (failed.length > 0)
    throw new Error(`inflector self-check failed: ${failed.map((f) => f.join(' → ')).join('; ')}`);

  const registry = await loadRegistry(args.packs);
  const corpus = new Corpus(registry, SEED);
  if (DOCS < corpus.targetCount) throw new Error(`--docs must be at least ${corpus.targetCount}`);

  const server = await startEmbeddedServer(DATA_DIR);
  const url = await ensureDatabase(server.adminUrl, 'senim_bench_library');
  await migrate(url);
  const db = openDatabase(url);
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  admin.on('error', () => {}); // an idle connection cut at shutdown must not end the process
  try {
    const read = await readPacks(args.packs);
    if (!read.ok) throw new Error('the data packs do not read');
    await loadPacks(db, read.packs);
    await createSimpleTable(admin);
    await createKeyTable(admin);
    const senimReady: SenimLibrary | null = args['no-senim'] ? null : senim;

    const load = await loadCorpus(corpus, admin, db, senimReady);
    const keyOf = new Map([...(await senimKeys(admin))].map(([k, id]) => [id, k]));

    console.log(
      `corpus: ${DOCS} documents (${corpus.targetCount} planted targets, the rest background), seed ${SEED}; ` +
        `${load.stats.kk} kk / ${load.stats.ru} ru / ${load.stats.en} en; ` +
        `${load.stats.damaged} Kazakh documents damaged; mean ${Math.round(load.stats.chars / DOCS)} characters ` +
        `(${Math.round(load.stats.bytes / DOCS)} bytes UTF-8); generator self-checks passed`,
    );
    console.log(`database: embedded PostgreSQL in ${DATA_DIR}`);
    console.log(
      `loading this run: ${load.newSimple} into the simple table, ${load.newSenim} through Senim ` +
        `(${load.senimSeconds > 0 ? (load.newSenim / load.senimSeconds).toFixed(0) + ' docs/s' : '-'}); ` +
        `generation ${load.generateSeconds.toFixed(1)} s\n`,
    );

    const systems: System[] = [];
    if (load.minisearch) {
      const ms = load.minisearch;
      systems.push({ name: 'MiniSearch', rank: (q) => Promise.resolve(ms.search(q, {})) });
      systems.push({
        name: 'MiniSearch p+f',
        rank: (q) => Promise.resolve(ms.search(q, { prefix: true, fuzzy: 0.2 })),
      });
    } else {
      log(`MiniSearch is skipped above ${MINISEARCH_MAX} documents (--minisearch-max)`);
    }
    systems.push({ name: 'PG simple', rank: (q) => searchSimple(admin, q) });
    if (senimReady) {
      const ranked = async (q: JudgedQuery, withLang: boolean) =>
        (await senimReady.search(db, PUBLIC, q, withLang)).map((id) => keyOf.get(id) ?? `?${id}`);
      systems.push({ name: 'Senim', rank: (q) => ranked(q, true) });
      systems.push({ name: 'Senim no lang', rank: (q) => ranked(q, false) });
    }

    await printQuality(corpus, systems);
    await printThroughput(corpus, admin, db, senimReady);
    await printLatency(systems);
  } finally {
    await admin.end();
    await db.destroy();
    await server.stop();
  }
}

interface LoadResult {
  minisearch: MiniSearchBaseline | null;
  newSimple: number;
  newSenim: number;
  senimSeconds: number;
  generateSeconds: number;
  stats: { kk: number; ru: number; en: number; damaged: number; chars: number; bytes: number };
}

/** Generates the corpus once, checking every document, and files what the database lacks. */
async function loadCorpus(
  corpus: Corpus,
  admin: pg.Pool,
  db: Database,
  senim: SenimLibrary | null,
): Promise<LoadResult> {
  const haveSimple = await simpleKeys(admin);
  const haveSenim = senim ? await senimKeys(admin) : new Map<string, string>();
  const minisearch = DOCS <= MINISEARCH_MAX ? new MiniSearchBaseline() : null;
  const stats = { kk: 0, ru: 0, en: 0, damaged: 0, chars: 0, bytes: 0 };
  let simpleBatch: CorpusDocument[] = [];
  let senimBatch: CorpusDocument[] = [];
  let newSimple = 0;
  let newSenim = 0;
  let senimSeconds = 0;
  let generateSeconds = 0;
  const problems: string[] = [];

  const flushSenim = async () => {
    if (!senim || senimBatch.length === 0) return;
    const batch = senimBatch;
    senimBatch = [];
    const t0 = performance.now();
    await db.transaction().execute(async (trx) => {
      const pairs: [string, string][] = [];
      for (const doc of batch) pairs.push([doc.key, await senim.add(trx, doc)]);
      await recordKeys(trx, pairs);
    });
    senimSeconds += (performance.now() - t0) / 1000;
    newSenim += batch.length;
  };

  for (let i = 0; i < DOCS; i++) {
    const t0 = performance.now();
    const doc = corpus.documentAt(i);
    problems.push(...checkDocument(doc));
    generateSeconds += (performance.now() - t0) / 1000;
    stats[doc.language] += 1;
    if (doc.damage.length > 0) stats.damaged += 1;
    stats.chars += doc.text.length;
    stats.bytes += Buffer.byteLength(doc.text);
    minisearch?.add(doc);
    if (!haveSimple.has(doc.key)) simpleBatch.push(doc);
    if (senim && !haveSenim.has(doc.key)) senimBatch.push(doc);
    if (simpleBatch.length >= SIMPLE_BATCH) {
      await insertSimple(admin, simpleBatch);
      newSimple += simpleBatch.length;
      simpleBatch = [];
    }
    if (senimBatch.length >= SENIM_BATCH) await flushSenim();
    if ((i + 1) % 5000 === 0) log(`  ${i + 1} / ${DOCS} documents generated and filed`);
  }
  await insertSimple(admin, simpleBatch);
  newSimple += simpleBatch.length;
  await flushSenim();
  if (problems.length > 0)
    throw new Error(`generator self-check failed:\n${problems.slice(0, 20).join('\n')}`);
  await admin.query('analyze bench_library.simple_document');
  await admin.query(
    'analyze library_document, library_analysis, library_lexeme, library_suggestion',
  );
  return { minisearch, newSimple, newSenim, senimSeconds, generateSeconds, stats };
}

async function printQuality(corpus: Corpus, systems: readonly System[]) {
  console.log(
    'Quality: recall@10 = |relevant ∩ top 10| / min(10, |relevant|); nDCG@10 with binary gains.',
  );
  console.log(
    "Relevant = the documents planted with the query's concept: in the query's language for kk-base, ru, en and typo " +
      '(searched with a document-language filter), in all three languages for cross (no filter).',
  );
  console.log('MiniSearch: default options; p+f: { prefix: true, fuzzy: 0.2 }.\n');
  const perQuery: string[] = [];
  const figures = new Map<string, { recall: number[]; ndcg: number[] }>();
  for (const query of QUERIES) {
    const relevant = new Set(corpus.relevant(query.concept, query.judged));
    const cells: string[] = [];
    for (const system of systems) {
      const ranked = await system.rank(query);
      const r = recallAt10(ranked, relevant);
      const n = ndcgAt10(ranked, relevant);
      for (const key of [`${system.name}|${query.group}`, `${system.name}|all`]) {
        const f = figures.get(key) ?? { recall: [], ndcg: [] };
        f.recall.push(r);
        f.ndcg.push(n);
        figures.set(key, f);
      }
      cells.push(`${r.toFixed(2)}/${n.toFixed(2)}`.padStart(16));
    }
    perQuery.push(`${query.id.padEnd(44)}${String(relevant.size).padStart(4)}${cells.join('')}`);
  }
  const header = `${'group'.padEnd(10)}${'queries'.padStart(8)}${systems.map((s) => s.name.padStart(22)).join('')}`;
  console.log(header);
  console.log(`${''.padEnd(18)}${systems.map(() => 'R@10   nDCG@10'.padStart(22)).join('')}`);
  for (const group of [...GROUPS, 'all'] as const) {
    const count =
      group === 'all' ? QUERIES.length : QUERIES.filter((q) => q.group === group).length;
    const cells = systems.map((s) => {
      const f = figures.get(`${s.name}|${group}`)!;
      return `${mean(f.recall).toFixed(3)}   ${mean(f.ndcg).toFixed(3)}`.padStart(22);
    });
    console.log(`${group.padEnd(10)}${String(count).padStart(8)}${cells.join('')}`);
  }
  if (args['per-query']) {
    console.log(
      `\n${'query'.padEnd(44)}${'rel'.padStart(4)}${systems.map((s) => s.name.padStart(16)).join('')}   (R@10/nDCG@10)`,
    );
    for (const line of perQuery) console.log(line);
  }
  console.log('');
}

/** Indexing throughput on fresh documents (beyond the corpus), one core, rolled back afterwards. */
async function printThroughput(
  corpus: Corpus,
  admin: pg.Pool,
  db: Database,
  senim: SenimLibrary | null,
) {
  const docs = [...corpus.documents(DOCS + THROUGHPUT_DOCS, DOCS)];
  const kb = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1024;
  console.log(
    `Indexing throughput: ${docs.length} fresh documents (${(kb / docs.length).toFixed(1)} KB each on average), one process, rolled back afterwards`,
  );
  console.log(`${'system'.padEnd(34)}${'docs/s'.padStart(10)}${'MB/s'.padStart(8)}`);
  const row = (name: string, seconds: number) =>
    console.log(
      `${name.padEnd(34)}${(docs.length / seconds).toFixed(0).padStart(10)}${(kb / 1024 / seconds).toFixed(2).padStart(8)}`,
    );

  let t0 = performance.now();
  const ms = new MiniSearchBaseline();
  for (const doc of docs) ms.add(doc);
  row('MiniSearch (in memory)', (performance.now() - t0) / 1000);

  const client = await admin.connect();
  try {
    await client.query('begin');
    const fresh = docs.map((d) => ({ ...d, key: `throughput-${d.key}` }));
    t0 = performance.now();
    for (let i = 0; i < fresh.length; i += SIMPLE_BATCH)
      await insertSimple(client, fresh.slice(i, i + SIMPLE_BATCH));
    row('PG simple (batched insert + GIN)', (performance.now() - t0) / 1000);
  } finally {
    await client.query('rollback');
    client.release();
  }

  if (senim) {
    const timeSenim = async (name: string, batch: readonly CorpusDocument[]) => {
      const started = performance.now();
      await db
        .transaction()
        .execute(async (trx) => {
          for (const doc of batch) await senim.add(trx, doc);
          const seconds = (performance.now() - started) / 1000;
          const batchKb = batch.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1024;
          console.log(
            `${name.padEnd(34)}${(batch.length / seconds).toFixed(0).padStart(10)}${(batchKb / 1024 / seconds).toFixed(2).padStart(8)}`,
          );
          throw new RollBack();
        })
        .catch((error: unknown) => {
          if (!(error instanceof RollBack)) throw error;
        });
    };
    await timeSenim('Senim addTextDocument (analysis)', docs);
    // The unit: documents of 5 KB (UTF-8), cut from the same ones at a line boundary.
    await timeSenim('Senim, the same cut to 5 KB', docs.map(cutTo5Kb));
  } else {
    console.log(`${'Senim addTextDocument'.padEnd(34)}${'skipped'.padStart(10)}`);
  }
  console.log('');
}

class RollBack extends Error {}

/** A document cut to at most 5 KB of UTF-8 at a line or sentence end, keyed apart from the original. */
function cutTo5Kb(doc: CorpusDocument): CorpusDocument {
  const bytes = Buffer.from(doc.text, 'utf8');
  if (bytes.length <= 5120) return { ...doc, key: `${doc.key}-5kb` };
  const head = bytes
    .subarray(0, 5120)
    .toString('utf8')
    .replace(/\uFFFD$/u, '');
  const end = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. ') + 1);
  return { ...doc, key: `${doc.key}-5kb`, text: end > 2000 ? head.slice(0, end) : head };
}

/** Search latency over the judged queries and two variants each, after one warm-up pass. */
async function printLatency(systems: readonly System[]) {
  const variants: JudgedQuery[] = QUERIES.flatMap((q) => {
    const { filter: _filter, ...open } = q;
    const first = q.q.split(' ')[0]!;
    return [q, open, ...(first !== q.q ? [{ ...q, q: first }] : [])];
  });
  console.log(
    `Search latency: ${variants.length} queries (the judged ones, each also without its language filter, ` +
      `and multi-word ones by their first word), ${REPEAT} passes after a warm-up, one at a time, top 10`,
  );
  console.log(
    `${'system'.padEnd(18)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'max ms'.padStart(9)}`,
  );
  for (const system of systems) {
    for (const q of variants) await system.rank(q);
    const times: number[] = [];
    for (let r = 0; r < REPEAT; r++) {
      for (const q of variants) {
        const t0 = performance.now();
        await system.rank(q);
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `${system.name.padEnd(18)}${percentile(times, 50).toFixed(2).padStart(9)}${percentile(times, 95).toFixed(2).padStart(9)}${times.at(-1)!.toFixed(2).padStart(9)}`,
    );
  }
}

await main();
