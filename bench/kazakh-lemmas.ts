/**
 * Benchmark of the Kazakh lemmatiser against the held-out UD Kazakh KTB test set.
 * The treebank is used for MEASURING ONLY: nothing from it feeds the engine.
 *
 * Run after building: node dist/bench/kazakh-lemmas.js
 * Figures: lemma accuracy of the best reading over words (no PUNCT, no NUM, no multiword
 * ranges), case-sensitive and case-insensitive; start-up (import + first analysis);
 * throughput on forms never seen before (while the JIT warms up, then warm) and in running
 * text, where repeated forms come from the analyser's cache; memory.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

interface Token {
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The repo root, found from dist/bench or bench. */
function repoRoot(): string {
  let dir = here;
  for (let i = 0; i < 4; i++) {
    try {
      readFileSync(resolve(dir, 'package.json'));
      if (readFileSync(resolve(dir, 'package.json'), 'utf8').includes('"workspaces"')) return dir;
    } catch {
      /* keep climbing */
    }
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

function readTokens(path: string): Token[] {
  const tokens: Token[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (!/^\d+$/.test(id)) continue; // multiword ranges (4-5) and empty nodes (4.1)
    const [, form, lemma, upos] = cols;
    if (!form || !lemma || !upos || upos === 'PUNCT' || upos === 'NUM') continue;
    tokens.push({ form, lemma, upos });
  }
  return tokens;
}

const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const engine = await import('@senim/kazakh');
engine.lemmatize('мемлекеттеріміздің');
const startupMs = performance.now() - t0;
const mem = process.memoryUsage();

const path = resolve(repoRoot(), '../shared/data/ud-kazakh-ktb/kk_ktb-ud-test.conllu');
const tokens = readTokens(path);

// cold: distinct forms, each analysed once before anything is cached. The first half also
// warms the JIT up; the second half measures unseen forms in steady state.
const distinct = [...new Set(tokens.map((t) => t.form))];
const firstHalf = distinct.filter((_, i) => i % 2 === 0);
const secondHalf = distinct.filter((_, i) => i % 2 === 1);
const tc = performance.now();
for (const w of firstHalf) engine.lemmatize(w);
const coldMs = performance.now() - tc;
const tu = performance.now();
for (const w of secondHalf) engine.lemmatize(w);
const unseenMs = performance.now() - tu;

let exact = 0;
let folded = 0;
const byPos = new Map<string, { n: number; ok: number }>();
for (const t of tokens) {
  const lemma = engine.lemmatize(t.form).lemma;
  const ok = lemma === t.lemma;
  if (ok) exact++;
  if (lemma.toLowerCase() === t.lemma.toLowerCase()) folded++;
  const s = byPos.get(t.upos) ?? { n: 0, ok: 0 };
  s.n++;
  if (ok) s.ok++;
  byPos.set(t.upos, s);
}

// running text: the token stream repeated, as a document would be lemmatised
const rounds = 30;
const tr = performance.now();
for (let r = 0; r < rounds; r++) for (const t of tokens) engine.lemmatize(t.form);
const runMs = performance.now() - tr;

const known = tokens.filter((t) => engine.isKnownWord(t.form)).length;
const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(2)}%`;
const rows: [string, string][] = [
  ['tokens scored (no PUNCT/NUM)', String(tokens.length)],
  ['lemma accuracy (exact)', pct(exact, tokens.length)],
  ['lemma accuracy (case-insensitive)', pct(folded, tokens.length)],
  ['tokens on a lexicon stem', pct(known, tokens.length)],
  ['start-up: import + first analysis', `${startupMs.toFixed(0)} ms`],
  [
    'throughput, unseen forms, cold JIT',
    `${Math.round(firstHalf.length / (coldMs / 1000)).toLocaleString('en')} tokens/s`,
  ],
  [
    'throughput, unseen forms, warm',
    `${Math.round(secondHalf.length / (unseenMs / 1000)).toLocaleString('en')} tokens/s`,
  ],
  [
    'throughput, running text (cached)',
    `${Math.round((rounds * tokens.length) / (runMs / 1000)).toLocaleString('en')} tokens/s`,
  ],
  [
    'memory rss after load',
    `${(mem.rss / 2 ** 20).toFixed(0)} MB (+${((mem.rss - rssBefore) / 2 ** 20).toFixed(0)} MB)`,
  ],
  ['memory heap used after load', `${(mem.heapUsed / 2 ** 20).toFixed(0)} MB`],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('Kazakh lemmatiser on UD Kazakh KTB test (measuring only)');
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
console.log('  accuracy by UPOS:');
for (const [pos, s] of [...byPos].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`    ${pos.padEnd(6)} ${String(s.n).padStart(5)}  ${pct(s.ok, s.n)}`);
}
