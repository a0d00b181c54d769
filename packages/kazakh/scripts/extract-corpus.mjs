#!/usr/bin/env node
// Extracts the Kazakh strings of Debian's Kazakh language packs into one plain-text file, one
// string a line: a large natural (if UI-flavoured) Kazakh text for the throughput benchmark
// (bench/kazakh-lemmas.ts) and for the unsupervised frequency prior (scripts/build-frequencies.mjs).
// The output goes OUTSIDE the repository (it is not ours to ship): default /tmp/kazakh-corpus.txt.
//
//   node packages/kazakh/scripts/extract-corpus.mjs [--root DIR]... [--out FILE]
//
// Sources, under each root (default: / , i.e. the installed packages):
//   - gettext catalogues (.mo): usr/share/locale/kk*/LC_MESSAGES (whatever packages are
//     installed carry), usr/lib/libreoffice/program/resource/kk/LC_MESSAGES (libreoffice-l10n-kk)
//   - LibreOffice configuration (.xcd): <value xml:lang="kk"> of usr/lib/libreoffice/share/.registry
//   - Mozilla language packs (.xpi = zip): .ftl (Fluent), .properties, .dtd of
//     usr/lib/firefox-esr/browser/extensions (firefox-esr-l10n-kk) and usr/lib/thunderbird/extensions
//     (thunderbird-l10n-kk)
// The language packs need not be installed (they pull in the applications): download and unpack
//   (cd /tmp && apt-get download libreoffice-l10n-kk firefox-esr-l10n-kk thunderbird-l10n-kk)
//   for f in /tmp/*-l10n-kk_*.deb; do dpkg-deb -x "$f" /tmp/kk-root; done
//   node packages/kazakh/scripts/extract-corpus.mjs --root /tmp/kk-root
// (the committed frequency table is built from exactly that; adding --root / also reads the kk
// gettext catalogues of whatever packages the machine has installed)
//
// Cleaning: placeholders (%s, %1$S, $(ARG1), { $n }, #1, {0}), markup (<b>, &amp;), access-key
// marks (~, &) are removed; a string is kept when it has at least one word with a Kazakh-only
// letter or at least two Cyrillic words and more Cyrillic than Latin letters; strings are
// deduplicated exactly (after cleaning) and written in a fixed order (roots as given, files sorted
// by path, strings in catalogue order), so the output is deterministic for a given set of packages.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

const args = process.argv.slice(2);
const roots = [];
let out = '/tmp/kazakh-corpus.txt';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--root') roots.push(args[++i]);
  else if (args[i] === '--out') out = args[++i];
  else {
    console.error(`unknown argument ${args[i]}`);
    process.exit(2);
  }
}
if (roots.length === 0) roots.push('/');

/** Files under `dir` (recursively) whose name passes `test`, sorted by path. */
function files(dir, test) {
  if (!existsSync(dir)) return [];
  const found = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false }); // (dangling links in unpacked .debs)
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (test(name)) found.push(p);
    }
  };
  walk(dir);
  return found.sort();
}

/** The translations of a gettext .mo catalogue (plural forms split at NUL). */
function readMo(buf) {
  const le = buf.readUInt32LE(0) === 0x950412de;
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const n = u32(8);
  const origTable = u32(12);
  const transTable = u32(16);
  const outStrings = [];
  for (let i = 0; i < n; i++) {
    const olen = u32(origTable + 8 * i);
    if (olen === 0) continue; // the header
    const len = u32(transTable + 8 * i);
    const off = u32(transTable + 8 * i + 4);
    const s = buf.toString('utf8', off, off + len);
    outStrings.push(...s.split('\0'));
  }
  return outStrings;
}

const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1)));
    return XML_ENTITIES[e] ?? m;
  });
}

/** The Kazakh values of a LibreOffice .xcd registry file. */
function readXcd(text) {
  const found = [];
  for (const m of text.matchAll(/<value xml:lang="kk">([^<]*)<\/value>/g))
    found.push(decodeEntities(m[1]));
  return found;
}

/** The values of a Fluent (.ftl) file: messages, attributes, select-expression variants. */
function readFtl(text) {
  const found = [];
  let current = null;
  const flush = () => {
    if (current !== null && current.trim()) found.push(current);
    current = null;
  };
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line) || line.trim() === '') {
      flush();
      continue;
    }
    const msg = /^-?[a-zA-Z][\w-]*\s*=\s?(.*)$/.exec(line);
    const attr = /^\s+\.[\w-]+\s*=\s?(.*)$/.exec(line);
    const variant = /^\s+\*?\[[^\]]+\]\s*(.*)$/.exec(line);
    if (msg || attr || variant) {
      flush();
      current = (msg ?? attr ?? variant)[1];
    } else if (/^\s/.test(line) && current !== null) {
      current += ' ' + line.trim();
    } else flush();
  }
  flush();
  return found;
}

/** The values of a Java-style .properties file (plural forms at ';'). */
function readProperties(text) {
  const found = [];
  for (const line of text.split('\n')) {
    if (/^\s*[#!]/.test(line)) continue;
    const m = /^[^=:\s][^=:]*?\s*[=:]\s*(.*)$/.exec(line);
    if (!m) continue;
    const v = m[1].replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
    found.push(...v.split(';'));
  }
  return found;
}

/** The values of a .dtd file's entities. */
function readDtd(text) {
  const found = [];
  for (const m of text.matchAll(/<!ENTITY\s+[\w.-]+\s+"([^"]*)"\s*>/g))
    found.push(decodeEntities(m[1]));
  for (const m of text.matchAll(/<!ENTITY\s+[\w.-]+\s+'([^']*)'\s*>/g))
    found.push(decodeEntities(m[1]));
  return found;
}

/** Removes placeholders, markup and access-key marks; collapses white space. */
function clean(s) {
  return decodeEntities(
    s
      .replace(/\{[^{}]*\}/g, ' ') // Fluent placeables, {0}
      .replace(/<[^>]*>/g, ' '), // markup
  )
    .replace(/<[^>]*>/g, ' ')
    .replace(/%(\d+\$)?[-+ #0]*\d*(\.\d+)?(l{0,2}|h)?[sSdDuifgxXcp@]/g, ' ') // printf
    .replace(/%\d+/g, ' ')
    .replace(/\$\([A-Za-z0-9_]+\)/g, ' ') // $(ARG1)
    .replace(/\$[A-Za-z0-9_]+\$?/g, ' ') // $1, $name$
    .replace(/#\d+/g, ' ') // #1
    .replace(/\\[nrt]/g, ' ')
    .replace(/[~_&](?=[\p{L}\p{N}])/gu, '') // access keys: ~Файл, _Файл, &Файл
    .replace(/\s+/g, ' ')
    .trim();
}

const KAZAKH_ONLY = /[әғқңөұүһі]/i;
function isKazakh(s) {
  const cyr = (s.match(/[\u0400-\u04FF]/g) ?? []).length;
  const lat = (s.match(/[A-Za-z]/g) ?? []).length;
  if (cyr <= lat) return false;
  const words = s.match(/[\u0400-\u04FF]+/g) ?? [];
  return words.some((w) => KAZAKH_ONLY.test(w)) || words.length >= 2;
}

const seen = new Set();
const lines = [];
const perSource = new Map();
function add(source, strings) {
  let n = 0;
  for (const raw of strings) {
    const s = clean(raw);
    if (!s || !isKazakh(s) || seen.has(s)) continue;
    seen.add(s);
    lines.push(s);
    n++;
  }
  perSource.set(source, (perSource.get(source) ?? 0) + n);
}

for (const root of roots) {
  const locale = join(root, 'usr/share/locale');
  const localeDirs = existsSync(locale)
    ? readdirSync(locale)
        .filter((d) => /^kk($|[_@])/.test(d))
        .sort()
    : [];
  for (const d of localeDirs)
    for (const f of files(join(locale, d), (n) => n.endsWith('.mo')))
      add('gettext (usr/share/locale)', readMo(readFileSync(f)));
  for (const f of files(join(root, 'usr/lib/libreoffice/program/resource/kk'), (n) =>
    n.endsWith('.mo'),
  ))
    add('libreoffice .mo', readMo(readFileSync(f)));
  for (const f of files(join(root, 'usr/lib/libreoffice/share'), (n) => /_kk\.xcd$/.test(n)))
    add('libreoffice .xcd', readXcd(readFileSync(f, 'utf8')));
  for (const dir of ['usr/lib/firefox-esr/browser/extensions', 'usr/lib/thunderbird/extensions'])
    for (const f of files(join(root, dir), (n) => /^langpack-kk@.*\.xpi$/.test(n))) {
      const zip = unzipSync(readFileSync(f));
      for (const name of Object.keys(zip).sort()) {
        const text = () => strFromU8(zip[name]);
        const source = `${dir.split('/')[2]} .${name.split('.').pop()}`;
        if (name.endsWith('.ftl')) add(source, readFtl(text()));
        else if (name.endsWith('.properties')) add(source, readProperties(text()));
        else if (name.endsWith('.dtd')) add(source, readDtd(text()));
      }
    }
}

const text = lines.join('\n') + '\n';
writeFileSync(out, text);
const words = text.match(/[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu) ?? [];
const cyrWords = words.filter((w) => /[\u0400-\u04FF]/.test(w));
console.log(`wrote ${out}: ${lines.length} strings, ${text.length} characters`);
console.log(
  `  ${words.length} words (${cyrWords.length} Cyrillic), ${new Set(cyrWords).size} distinct Cyrillic forms (${new Set(cyrWords.map((w) => w.toLowerCase())).size} lower-cased)`,
);
for (const [source, n] of [...perSource].sort()) console.log(`  ${source}: ${n} strings`);
