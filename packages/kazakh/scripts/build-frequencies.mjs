#!/usr/bin/env node
// Regenerates packages/kazakh/src/morph/frequency-data.ts: the unsupervised frequency prior of
// the ranker (src/morph/frequency.ts), counted by the analyser itself over a large Kazakh text
// without any annotation. The text is the one scripts/extract-corpus.mjs extracts from Debian's
// Kazakh language packs (libreoffice-l10n-kk, firefox-esr-l10n-kk, thunderbird-l10n-kk; the
// packages are downloaded and unpacked, not installed):
//
//   (cd /tmp && apt-get download libreoffice-l10n-kk firefox-esr-l10n-kk thunderbird-l10n-kk)
//   for f in /tmp/*-l10n-kk_*.deb; do dpkg-deb -x "$f" /tmp/kk-root; done
//   node packages/kazakh/scripts/extract-corpus.mjs --root /tmp/kk-root
//   node packages/kazakh/scripts/build-frequencies.mjs [/tmp/kazakh-corpus.txt]
//
// Method (default, FREQ_METHOD=top): every word token of the text is analysed (the package's
// sources compiled to a temporary folder with an EMPTY prior, so the counts never depend on an
// earlier table) and counts 1 for the lemma of the analyser's best lexicon reading: hard counts of
// what the suffix grammar alone decides (self-training). Guesses and numbers are ignored. Lemmas
// counted MIN_COUNT times or more are written, sorted. Deterministic: the same text gives the same
// file. The UD Kazakh treebank is NOT used.
// Alternatives kept for the comparison recorded in docs/morphology.md:
//   FREQ_METHOD=unambiguous  count only tokens whose lexicon readings all share one lemma;
//   FREQ_METHOD=em           share ambiguous tokens among their lemmas by the current counts
//                            (ROUNDS of expectation-maximisation from the unambiguous counts + 1);
//                            it drifts to frequent short stems (құрылғы, device, became құр-);
//   FREQ_SOURCES=tesseract or corpus,tesseract  also count the distinct forms of the word list in
//                            tesseract-ocr-kaz's model (needs tesseract-ocr and tesseract-ocr-kaz).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileEngine } from './compile-engine.mjs';
import { webWordList } from './web-wordlist.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const CORPUS = process.argv[2] ?? process.env.KAZAKH_CORPUS ?? '/tmp/kazakh-corpus.txt';
const OUT = process.env.FREQ_OUT ?? here('../src/morph/frequency-data.ts');
const METHOD = process.env.FREQ_METHOD ?? 'top';
const ROUNDS = 10;
// what to count: 'corpus' (tokens of the language-pack text), 'tesseract' (the distinct forms of
// tesseract-ocr-kaz's word list, a list of words of web text), or both ('corpus,tesseract')
const SOURCES = (process.env.FREQ_SOURCES ?? 'corpus').split(',');
const WORDLIST_WEIGHT = Number(process.env.FREQ_WORDLIST_WEIGHT ?? 1);
const MIN_COUNT = 2;

const tmp = compileEngine('kk-frequencies-', ['index.ts']);
writeFileSync(join(tmp, 'morph/frequency-data.js'), "export const FREQUENCY_DATA = '';\n");
const { analyze, tokens } = await import(pathToFileURL(join(tmp, 'index.js')).href);

/** Occurrences of each word form, in order of first occurrence. */
const formCount = new Map();
let words = 0;
if (SOURCES.includes('corpus')) {
  const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean);
  for (const line of lines)
    for (const t of tokens(line)) {
      if (t.kind !== 'word') continue;
      words++;
      formCount.set(t.text, (formCount.get(t.text) ?? 0) + 1);
    }
}
let listed = 0;
if (SOURCES.includes('tesseract')) {
  // each distinct lower-case Cyrillic form of tesseract-ocr-kaz's word list counts WORDLIST_WEIGHT
  const forms = webWordList();
  for (const f of [...forms].sort()) {
    listed++;
    formCount.set(f, (formCount.get(f) ?? 0) + WORDLIST_WEIGHT);
  }
}

/** The distinct lower-case lemmas of a form's lexicon readings. */
const candidates = [];
let unambiguousTokens = 0;
let ambiguousTokens = 0;
const counts = new Map();
for (const [form, n] of formCount) {
  const lemmas = [
    ...new Set(
      analyze(form)
        .filter((a) => a.features.Guess !== 'Yes' && a.pos !== 'NUM')
        .map((a) => a.lemma.toLowerCase()),
    ),
  ];
  if (lemmas.length === 0) continue;
  if (METHOD === 'top') {
    // hard counts: the lemma of the analyser's best reading (the grammar alone decides)
    const best = analyze(form).find((a) => a.features.Guess !== 'Yes' && a.pos !== 'NUM');
    if (best) counts.set(best.lemma.toLowerCase(), (counts.get(best.lemma.toLowerCase()) ?? 0) + n);
    if (lemmas.length === 1) unambiguousTokens += n;
    else ambiguousTokens += n;
    continue;
  }
  if (lemmas.length === 1) {
    unambiguousTokens += n;
    counts.set(lemmas[0], (counts.get(lemmas[0]) ?? 0) + n);
  } else {
    ambiguousTokens += n;
    candidates.push([lemmas, n]);
    for (const l of lemmas) if (!counts.has(l)) counts.set(l, 0);
  }
}
rmSync(tmp, { recursive: true, force: true });

let final = counts;
if (METHOD === 'em') {
  let weights = new Map([...counts].map(([l, c]) => [l, c + 1]));
  for (let round = 0; round < ROUNDS; round++) {
    const next = new Map(counts);
    for (const [lemmas, n] of candidates) {
      let total = 0;
      for (const l of lemmas) total += weights.get(l);
      for (const l of lemmas) next.set(l, next.get(l) + (n * weights.get(l)) / total);
    }
    weights = new Map([...next].map(([l, c]) => [l, c + 1]));
    final = next;
  }
}

const rows = [...final]
  .map(([l, c]) => [l, Math.round(c)])
  .filter(([, c]) => c >= MIN_COUNT)
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
writeFileSync(
  OUT,
  `// GENERATED by packages/kazakh/scripts/build-frequencies.mjs from the strings of Debian's Kazakh\n` +
    `// language packs (see packages/kazakh/lexicon/NOTICE), counted by the analyser (method: ${METHOD}).\n` +
    `// ${words} word tokens, ${formCount.size} distinct forms. Do not edit by hand.\n` +
    `// One lemma a line: lower-case lemma, TAB, count (see frequency.ts).\n` +
    `export const FREQUENCY_DATA: string = ${JSON.stringify(rows.map(([l, c]) => `${l}\t${c}`).join('\n'))};\n`,
);
execFileSync(
  process.execPath,
  // (the repository's settings, also for a FREQ_OUT outside it)
  [
    here('../../../node_modules/prettier/bin/prettier.cjs'),
    '--config',
    here('../../../.prettierrc.json'),
    '--write',
    OUT,
  ],
  { stdio: 'ignore' },
);
console.log(
  `${CORPUS}: ${words} word tokens, ${formCount.size} distinct forms; lexicon readings: ` +
    `${unambiguousTokens} tokens with one lemma, ${ambiguousTokens} with several; ` +
    `${listed} word-list forms; ${rows.length} lemmas written (count >= ${MIN_COUNT}, method ${METHOD}) to ${OUT}`,
);
