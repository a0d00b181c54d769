/**
 * Browser bundle size of the Kazakh text engine: Vite (the web app's bundler) builds a tiny entry
 * that re-exports the built package, in library mode (one minified ES module), in a temporary
 * folder; the figures are its bytes and its bytes after gzip -9. Two entries: everything the
 * package exports (the lexicon and the frequency table included), and the functions that do not
 * need the lexicon (tree-shaken: what a page that only segments, transliterates to Latin or finds
 * dates and entities downloads).
 *
 *   npx tsc -b packages/kazakh && npx tsc -b tsconfig.build.json && node dist/bench/kazakh-bundle.js
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ENTRIES = {
  'everything (`export * from` the package), lexicon and frequency table included': (
    from: string,
  ) => `export * from ${JSON.stringify(from)};`,
  '`tokens`, `sentences`, `toLatin`, `dates`, `entities` only (tree-shaken)': (from: string) =>
    `export { tokens, sentences, toLatin, dates, entities } from ${JSON.stringify(from)};`,
};

/** Minified and gzipped bytes of one entry's bundle. */
async function measure(entrySource: string): Promise<{ minified: number; gzip: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'senim-bundle-'));
  try {
    const entry = path.join(dir, 'entry.js');
    await writeFile(entry, entrySource);
    const outDir = path.join(dir, 'out');
    await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      build: {
        lib: { entry, formats: ['es'], fileName: 'bundle' },
        outDir,
        minify: true,
        emptyOutDir: true,
        reportCompressedSize: false,
      },
    });
    const files = (await readdir(outDir)).filter((f) => /\.[cm]?js$/.test(f));
    let minified = 0;
    let gzip = 0;
    for (const f of files) {
      const bytes = await readFile(path.join(outDir, f));
      minified += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { minified, gzip };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// the package's entry as Node resolves it (packages/kazakh/dist/index.js once built)
const from = fileURLToPath(import.meta.resolve('@senim/kazakh'));
const rate = (n: number): string => `${n.toLocaleString('en')} B`;
console.log('Kazakh engine browser bundle (Vite library mode, minified ES module)');
for (const [label, source] of Object.entries(ENTRIES)) {
  const { minified, gzip } = await measure(source(from));
  console.log(`  ${label}: ${rate(minified)} minified, ${rate(gzip)} gzip -9`);
}
