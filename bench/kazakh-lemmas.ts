/**
 * Benchmark of the Kazakh lemmatiser against the held-out UD Kazakh KTB test set.
 * The treebank is used for MEASURING ONLY: nothing from it feeds the engine.
 *
 * Run after building:
 *   npx tsc -b packages/kazakh && npx tsc -b tsconfig.build.json && node dist/bench/kazakh-lemmas.js
 * Figures: lemma accuracy over words (no PUNCT, no NUM, no multiword ranges), case-sensitive
 * and case-insensitive, in running text (each sentence's tokens, punctuation included, through
 * lemmatizeInContext, as lemmas() does) and for each word alone (lemmatize); start-up (import + first analysis);
 * throughput:
 *   - COLD: what a user gets. A fresh process lemmatises the treebank text once, every token
 *     in running order; the analyser's cache fills as it goes and the JIT warms up on the way.
 *     Measured in this process (first thing after start-up) and in fresh child processes
 *     (median, because the machine is shared).
 *   - unseen forms, warm JIT: a fresh process warms up (half of the distinct forms, and all of
 *     them with the case of their first letter flipped) and is timed on the other half as
 *     written: every timed form is analysed from scratch.
 *   - uncached, warm JIT, steady state: the work per word once V8 has optimised the analyser:
 *     every distinct form analysed from scratch (clearAnalysisCache before each pass), after
 *     20 passes of warm-up; per CPU second, median of 15 passes.
 *   - WARM: the same text again, all forms cached.
 *   - on a large natural text (/tmp/kazakh-corpus.txt, below): lemmatizeInContext, lemmas() and
 *     the distinct forms alone in fresh processes, and lemmatizeInContext again pinned to one
 *     core with taskset(1), where V8's compiler and GC threads share that core.
 * and memory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

interface Token {
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
}

/** Every token of a sentence (punctuation and numbers too: the context rules read them). */
interface Sentence {
  readonly forms: readonly string[];
  readonly tokens: readonly Token[];
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

function readSentences(path: string): Sentence[] {
  const out: Sentence[] = [];
  let tokens: Token[] = [];
  const flush = (): void => {
    if (tokens.length > 0) out.push({ forms: tokens.map((t) => t.form), tokens });
    tokens = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0] ?? '')) continue;
    const [, form, lemma, upos] = cols;
    if (form && lemma && upos) tokens.push({ form, lemma, upos });
  }
  flush();
  return out;
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

const path = resolve(repoRoot(), '../shared/data/ud-kazakh-ktb/kk_ktb-ud-test.conllu');
/** Fresh processes per large-text row (the machine is shared: ±20 % between single runs). */
const CORPUS_RUNS = 7;
const mode = process.argv[2];

/**
 * A large natural Kazakh text: the strings of Debian's Kazakh language packs, extracted by
 * packages/kazakh/scripts/extract-corpus.mjs (outside the repository). KAZAKH_CORPUS overrides it.
 */
const corpusPath = process.env.KAZAKH_CORPUS ?? '/tmp/kazakh-corpus.txt';

interface CorpusFigures {
  readonly words: number;
  readonly tokens: number;
  readonly distinct: number;
  readonly lines: number;
  readonly startupMs: number;
  readonly ms: number;
  readonly cpuMs: number;
}

if (mode === '--corpus') {
  // child: a fresh process lemmatises the whole corpus once, as running text. `what` says how:
  //   context: each line's tokens (words, numbers, punctuation) through lemmatizeInContext
  //            (tokenising is done before the clock starts: this is the lemmatiser);
  //   lemmas:  lemmas() on each line (normalise + tokenise + analyse + context: the whole pipeline);
  //   distinct: every distinct word form once, in order of first occurrence (no cache hit).
  const what = process.argv[3];
  const lines = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean);
  const t0 = performance.now();
  const engine = await import('@senim/kazakh');
  const startupMs = performance.now() - t0;
  const split = lines.map((l) => engine.tokens(l));
  let words = 0;
  let all = 0;
  const seen = new Set<string>();
  for (const ts of split)
    for (const t of ts) {
      all++;
      if (t.kind === 'word') {
        words++;
        seen.add(t.text);
      }
    }
  const lists = split.map((ts) => ts.map((t) => t.text));
  const distinctForms = [...seen];
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  if (what === 'lemmas') for (const l of lines) engine.lemmas(l);
  else if (what === 'distinct') for (const w of distinctForms) engine.lemmatize(w);
  else for (const l of lists) engine.lemmatizeInContext(l);
  const ms = performance.now() - w0;
  const c = process.cpuUsage(c0);
  const figures: CorpusFigures = {
    words: what === 'distinct' ? distinctForms.length : words,
    tokens: all,
    distinct: seen.size,
    lines: lines.length,
    startupMs,
    ms,
    cpuMs: (c.user + c.system) / 1000,
  };
  console.log(JSON.stringify(figures));
  process.exit(0);
}

const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const engine = await import('@senim/kazakh');
engine.lemmatize('мемлекеттеріміздің');
const startupMs = performance.now() - t0;
const mem = process.memoryUsage();
const tokens = readTokens(path);
const forms = tokens.map((t) => t.form);
const distinct = [...new Set(forms)];

if (mode === '--unseen') {
  // child: the JIT warmed up on half of the distinct forms as written and on every distinct
  // form with its first letter's case flipped (another cache key, the same search); timed on
  // the other half as written, never analysed before under that key
  const firstHalf = distinct.filter((_, i) => i % 2 === 0);
  const secondHalf = distinct.filter((_, i) => i % 2 === 1);
  const flip = (w: string): string => {
    const c = w.charAt(0);
    const u = c.toUpperCase();
    return (c === u ? c.toLowerCase() : u) + w.slice(1);
  };
  for (const w of firstHalf) engine.lemmatize(w);
  for (const w of distinct) engine.lemmatize(flip(w));
  const tu = performance.now();
  for (const w of secondHalf) engine.lemmatize(w);
  const ms = performance.now() - tu;
  console.log(JSON.stringify({ perSecond: secondHalf.length / (ms / 1000) }));
  process.exit(0);
}

// COLD: the text once, in running order, in this fresh process (cache and JIT start empty)
const cpu0 = process.cpuUsage();
const tc = performance.now();
for (const w of forms) engine.lemmatize(w);
const coldMs = performance.now() - tc;
const cpu = process.cpuUsage(cpu0);
// CPU time of the whole process (main thread, JIT compiler and GC threads): less sensitive to
// other jobs on a shared machine than the wall clock
const perCpuSecond = forms.length / ((cpu.user + cpu.system) / 1e6);
if (mode === '--cold') {
  console.log(JSON.stringify({ perSecond: forms.length / (coldMs / 1000), perCpuSecond }));
  process.exit(0);
}

/** Runs this script in fresh child processes and returns the figures they print. */
interface ChildFigures {
  readonly perSecond: number;
  readonly perCpuSecond?: number;
}
function children(flag: string, runs: number): ChildFigures[] {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const text = execFileSync(process.execPath, [fileURLToPath(import.meta.url), flag], {
      encoding: 'utf8',
    });
    out.push(JSON.parse(text) as ChildFigures);
  }
  return out;
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const RUNS = 7;
const coldChildren = children('--cold', RUNS - 1);
const coldCpu = [perCpuSecond, ...coldChildren.map((r) => r.perCpuSecond ?? 0)];
const coldRuns = [forms.length / (coldMs / 1000), ...coldChildren.map((r) => r.perSecond)];
const unseenRuns = children('--unseen', 3).map((r) => r.perSecond);

// uncached, warm JIT, steady state: the distinct forms analysed from scratch (cache emptied
// before each pass), after 20 passes of warm-up; per CPU second of the process, median of 15
for (let r = 0; r < 20; r++) {
  engine.clearAnalysisCache();
  for (const w of distinct) engine.lemmatize(w);
}
const steadyRuns: number[] = [];
for (let r = 0; r < 15; r++) {
  engine.clearAnalysisCache();
  const c0 = process.cpuUsage();
  for (const w of distinct) engine.lemmatize(w);
  const c = process.cpuUsage(c0);
  steadyRuns.push(distinct.length / ((c.user + c.system) / 1e6));
}
engine.clearAnalysisCache();

// in running text: each sentence through lemmatizeInContext (what lemmas() does)
let ctxExact = 0;
let ctxFolded = 0;
const ctxByPos = new Map<string, { n: number; ok: number }>();
for (const sentence of readSentences(path)) {
  const best = engine.lemmatizeInContext(sentence.forms);
  sentence.tokens.forEach((t, i) => {
    if (t.upos === 'PUNCT' || t.upos === 'NUM') return;
    const lemma = best[i]!.lemma;
    if (lemma === t.lemma) ctxExact++;
    if (lemma.toLowerCase() === t.lemma.toLowerCase()) ctxFolded++;
    const s = ctxByPos.get(t.upos) ?? { n: 0, ok: 0 };
    s.n++;
    if (lemma === t.lemma) s.ok++;
    ctxByPos.set(t.upos, s);
  });
}

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
const rate = (x: number): string => Math.round(x).toLocaleString('en');
const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(2)}%`;
const rows: [string, string][] = [
  ['tokens scored (no PUNCT/NUM)', String(tokens.length)],
  ['lemma accuracy in running text (exact)', pct(ctxExact, tokens.length)],
  ['lemma accuracy in running text (case-insensitive)', pct(ctxFolded, tokens.length)],
  ['lemma accuracy, each word alone (exact)', pct(exact, tokens.length)],
  ['lemma accuracy, each word alone (case-insensitive)', pct(folded, tokens.length)],
  ['tokens on a lexicon stem', pct(known, tokens.length)],
  ['start-up: import + first analysis', `${startupMs.toFixed(0)} ms`],
  [
    `COLD: text once in order, fresh process (${forms.length} tokens, ${distinct.length} distinct)`,
    `${rate(median(coldRuns))} tokens/s median of ${RUNS} runs (${rate(Math.min(...coldRuns))}–${rate(Math.max(...coldRuns))})`,
  ],
  [
    'COLD, per CPU second of the process (all its threads)',
    `${rate(median(coldCpu))} tokens/s median (${rate(Math.min(...coldCpu))}–${rate(Math.max(...coldCpu))})`,
  ],
  [
    'unseen forms only, warm JIT (never cached)',
    `${rate(median(unseenRuns))} tokens/s median of 3`,
  ],
  [
    'uncached, warm JIT, steady state (distinct forms, per CPU second)',
    `${rate(median(steadyRuns))} tokens/s median of 15 (${rate(Math.min(...steadyRuns))}–${rate(Math.max(...steadyRuns))})`,
  ],
  [
    'WARM: the same text again (all cached)',
    `${rate((rounds * tokens.length) / (runMs / 1000))} tokens/s`,
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
console.log('  accuracy by UPOS (running text / each word alone):');
for (const [pos, s] of [...byPos].sort((a, b) => b[1].n - a[1].n)) {
  const c = ctxByPos.get(pos) ?? { n: 0, ok: 0 };
  console.log(
    `    ${pos.padEnd(6)} ${String(s.n).padStart(5)}  ${pct(c.ok, c.n).padStart(7)}  ${pct(s.ok, s.n).padStart(7)}`,
  );
}

// THROUGHPUT on a large natural text: the corpus once, in fresh processes (median of CORPUS_RUNS)
console.log();
if (!existsSync(corpusPath)) {
  console.log(
    `Throughput on a large Kazakh text: SKIPPED, no corpus at ${corpusPath} (build it with\n` +
      '  node packages/kazakh/scripts/extract-corpus.mjs --root <unpacked *-l10n-kk .debs>;\n' +
      '  see that script; KAZAKH_CORPUS=<file> points elsewhere)',
  );
} else {
  // CORPUS_RUNS fresh processes per row, interleaved (context, lemmas, distinct, context, …) so
  // that a change in the machine's load spreads over the rows alike
  // (pinned: the process and V8's compiler and GC threads share one core, with taskset(1))
  const pinnable = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const corpusRun = (what: string, pinned = false): CorpusFigures => {
    const args = [fileURLToPath(import.meta.url), '--corpus', what];
    const [command, commandArgs] = pinned
      ? ['taskset', ['-c', '0', process.execPath, ...args]]
      : [process.execPath, args];
    return JSON.parse(
      execFileSync(command, commandArgs, {
        encoding: 'utf8',
        env: { ...process.env, KAZAKH_CORPUS: corpusPath },
      }),
    ) as CorpusFigures;
  };
  const context: CorpusFigures[] = [];
  const whole: CorpusFigures[] = [];
  const fresh: CorpusFigures[] = [];
  const oneCore: CorpusFigures[] = [];
  for (let i = 0; i < CORPUS_RUNS; i++) {
    context.push(corpusRun('context'));
    whole.push(corpusRun('lemmas'));
    fresh.push(corpusRun('distinct'));
    if (pinnable) oneCore.push(corpusRun('context', true));
  }
  const first = context[0]!;
  // words (what the accuracy counts) and, where the run takes every token, tokens: the
  // numbers and punctuation of the text go through lemmatizeInContext and lemmas() too
  const describe = (runs: CorpusFigures[], tokensToo = true): string => {
    const wall = runs.map((r) => r.words / (r.ms / 1000));
    const cpu = runs.map((r) => r.words / (r.cpuMs / 1000));
    const tokensWall = runs.map((r) => r.tokens / (r.ms / 1000));
    const tokens = tokensToo ? ` = ${rate(median(tokensWall))} tokens/s wall` : '';
    return `${rate(median(wall))} words/s wall${tokens}, ${rate(median(cpu))} words per CPU second (medians of ${CORPUS_RUNS}; CPU ${rate(Math.min(...cpu))}–${rate(Math.max(...cpu))})`;
  };
  const crows: [string, string][] = [
    ['corpus', `${corpusPath}: ${first.lines} lines, ${first.tokens} tokens`],
    [
      'words / distinct forms',
      `${first.words} / ${first.distinct} (cache hit rate ${pct(first.words - first.distinct, first.words)}: a form seen before)`,
    ],
    [
      'start-up: import',
      `${median(context.map((r) => r.startupMs)).toFixed(0)} ms (not timed below)`,
    ],
    ['lemmatizeInContext, each line once, fresh process', describe(context)],
    ['lemmas() (normalise + tokenise + context), fresh process', describe(whole)],
    [`distinct forms only, each once (${first.distinct}, all misses)`, describe(fresh, false)],
    [
      'lemmatizeInContext, pinned to one core (taskset -c 0)',
      pinnable ? describe(oneCore) : 'SKIPPED: taskset(1) is not available',
    ],
  ];
  const cw = Math.max(...crows.map((r) => r[0].length));
  console.log(
    'Throughput on a large Kazakh text (Debian l10n strings, COLD: one pass, fresh process)',
  );
  for (const [k, v] of crows) console.log(`  ${k.padEnd(cw)}  ${v}`);
}
