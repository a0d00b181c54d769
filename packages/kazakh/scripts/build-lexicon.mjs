#!/usr/bin/env node
// Regenerates packages/kazakh/src/morph/lexicon-data.ts from Debian's hunspell-kk
// (/usr/share/hunspell/kk_KZ.dic) plus the hand-written additions in
// packages/kazakh/lexicon/additions.tsv. Run: node packages/kazakh/scripts/build-lexicon.mjs
// The output is committed, so nothing at build or run time needs the Debian package.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileEngine } from './compile-engine.mjs';
import { webWordList } from './web-wordlist.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIC = process.env.KK_DIC ?? '/usr/share/hunspell/kk_KZ.dic';
const ADDITIONS = here('../lexicon/additions.tsv');
const OUT = here('../src/morph/lexicon-data.ts');

const VOWELS = 'аоұыуяәеөіүиэёю';
const VOICELESS = 'кқпстфхцчшщһ';

const lastVowel = (w) => {
  for (let i = w.length - 1; i >= 0; i--) if ('аоұыяәеөіүэи'.includes(w[i])) return w[i];
  return 'а';
};
const isBack = (w) => {
  const v = lastVowel(w);
  return 'аоұыя'.includes(v);
};

/** Surface forms of plural, case (but accusative) and 3rd-person possessive endings of a bare nominal stem (enough to spot inflected entries). */
function caseForms(stem, back = isBack(stem)) {
  const b = back;
  const last = stem[stem.length - 1];
  const a = b ? 'а' : 'е';
  const y = b ? 'ы' : 'і';
  const vowel = VOWELS.includes(last) && last !== 'у';
  const soft = 'рйу'.includes(last);
  const nasal = 'мнң'.includes(last);
  const zh = 'зж'.includes(last);
  const voiceless = VOICELESS.includes(last);
  const out = [];
  // plural
  out.push((vowel || soft ? 'л' : voiceless ? 'т' : 'д') + a + 'р');
  // genitive, accusative
  out.push((vowel || nasal ? 'н' : voiceless ? 'т' : 'д') + y + 'ң');
  // (the accusative is left out: -ды/-ті also forms adjectives such as білімді, сипатты)
  // dative, locative, ablative, instrumental
  out.push((voiceless ? (b ? 'қ' : 'к') : b ? 'ғ' : 'г') + a);
  out.push((voiceless ? 'т' : 'д') + a);
  out.push((nasal ? 'н' : voiceless ? 'т' : 'д') + a + 'н');
  out.push(zh ? 'бен' : voiceless ? 'пен' : 'мен');
  // 3rd person possessive
  out.push(vowel ? 'с' + y : y);
  return out;
}

// Web attestation (scripts/web-wordlist.mjs). The clean-up passes below take X for a cut word
// (жалп next to жалпы, қалан next to қала) or for an inflected form of another entry (келесі as
// келе + possessive). A cut word is never written on its own, nor inflected; a real word is, in
// forms that the cut or inflected reading cannot take: қарқынға, қарқынның (Y + ы + н would take
// -на, -ның), комитетке, комитеттер, келесіге, келесілер. KK_WORDLIST=none builds without it.
const web = process.env.KK_WORDLIST === 'none' ? new Set() : webWordList();
let attestedKept = 0;

/**
 * Forms of X inflected as a bare nominal stem: plural, dative, ablative, locative (not for an X
 * in н: Y + ы + н + да is Y's possessed locative), and, unless `againstPossessive`, genitive and
 * instrumental (against Y + possessive they tell nothing: келесінің is келе + сі + нің too).
 */
function ownForms(x, againstPossessive) {
  const b = isBack(x);
  const last = x[x.length - 1];
  const a = b ? 'а' : 'е';
  const y = b ? 'ы' : 'і';
  const vowel = VOWELS.includes(last) && last !== 'у';
  const nasal = 'мнң'.includes(last);
  const voiceless = VOICELESS.includes(last);
  const d = vowel || 'рйу'.includes(last) ? 'л' : voiceless ? 'т' : 'д';
  const forms = [
    x + d + a + 'р',
    x + (voiceless ? (b ? 'қ' : 'к') : b ? 'ғ' : 'г') + a,
    x + (nasal ? 'н' : voiceless ? 'т' : 'д') + a + 'н',
  ];
  if (last !== 'н') forms.push(x + (voiceless ? 'т' : 'д') + a);
  if (!againstPossessive)
    forms.push(
      x + ('зж'.includes(last) ? 'бен' : voiceless ? 'пен' : 'мен'),
      x + (vowel || nasal ? 'н' : voiceless ? 'т' : 'д') + y + 'ң',
    );
  return forms;
}

/**
 * X is written on the web on its own and in enough of its own forms: two against a cut word,
 * three against a possessed or case form and for an X in н. Those readings are common, and web
 * text misspells their endings often enough that two forms are no proof (басыға, кезіде,
 * өзіннен, өзіннің).
 */
function attestedWord(x, againstPossessive = false) {
  if (!web.has(x)) return false;
  // (a negative participle, бермес, демес, is a verb form whatever the web does with it)
  const negative = /^(.+)(ма|ме|ба|бе|па|пе)с$/.exec(x);
  if (negative && verbs.has(negative[1])) return false;
  let n = 0;
  for (const f of ownForms(x, againstPossessive)) if (web.has(f)) n++;
  if (n < (againstPossessive || x.endsWith('н') ? 3 : 2)) return false;
  attestedKept++;
  if (process.env.SHOW_ATTESTED) console.log(`attested ${x}`);
  return true;
}

const voiceStem = (s) => s.replace(/п$/, 'б').replace(/к$/, 'г').replace(/қ$/, 'ғ');

const raw = readFileSync(DIC, 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .slice(1);
const nominal = new Set();
const infinitives = [];
/** The spelling list's capitalised entries: personal names (Абзал, Айгүл, Жамбыл). */
const names = [];
for (const line of raw) {
  if (!line) continue;
  const [word, flags = ''] = line.split('/');
  if (/^[А-ЯӘІҢҒҮҰҚӨҺЁ][а-яәіңғүұқөһё]+$/.test(word)) names.push(word);
  if (!word || /[^а-яәіңғүұқөһё-]/.test(word)) continue;
  if (flags.startsWith('M')) infinitives.push(word);
  else nominal.add(word);
}

// Verb stems from infinitives: жасау → жаса, жазу → жаз, себу → сеп, қою → қой, кию → ки,
// оқу → оқы when the ы-stem is listed on its own (hunspell lists bare verb stems as entries too).
const SHORT_VERBS = new Set(['де', 'же', 'жу', 'ки', 'ти', 'қи', 'би', 'сі', 'ту', 'ұю', 'ию']);
const verbs = new Set();
for (const inf of infinitives) {
  if (inf.endsWith('ю')) {
    const base = inf.slice(0, -1);
    if (base.length < 2) continue;
    verbs.add(base.endsWith('и') ? base : base + 'й');
    continue;
  }
  if (!inf.endsWith('у')) continue;
  const base = inf.slice(0, -1);
  if (!base) continue;
  const last = base[base.length - 1];
  // a two-letter stem ending in a vowel is almost always a noun in -у mistaken for an
  // infinitive (тау, сау, бау): the word itself is the noun; the real verbs are listed here
  if (base.length < 2 || (base.length === 2 && VOWELS.includes(last) && !SHORT_VERBS.has(base))) {
    nominal.add(inf);
    continue;
  }
  if (VOWELS.includes(last)) {
    verbs.add(base);
    continue;
  }
  const withY = base + (isBack(base) ? 'ы' : 'і');
  // hunspell lists bare verb stems as entries: оқы next to оқу marks an ы-stem
  if (nominal.has(withY) && !nominal.has(base) && !/[бгғ]$/.test(base)) {
    verbs.add(withY);
    continue;
  }
  // a lost vowel: қорқу ← қорық (қорқады, қорықпайды): the stem is the full form
  if (!VOWELS.includes(base[base.length - 2]) && base.length > 3) {
    const full = base.slice(0, -1) + (isBack(base) ? 'ы' : 'і') + base[base.length - 1];
    if (nominal.has(full)) {
      verbs.add(full);
      continue;
    }
  }
  // stem-final п к қ are voiced before the vowel of -у: себу ← сеп, ұғу ← ұқ
  const devoiced = base.replace(/б$/, 'п').replace(/г$/, 'к').replace(/ғ$/, 'қ');
  verbs.add(devoiced !== base && (nominal.has(devoiced) || !nominal.has(base)) ? devoiced : base);
}

// hunspell-kk lists negative infinitives too (бермеу, қалмау, жазбау): a verb stem X + -ма/-ме,
// -ба/-бе, -па/-пе, with X a listed verb that takes exactly that allomorph of the negation, is
// X's negative form, not a verb of its own (бермейді is бер + negation + present)
for (const v of [...verbs]) {
  const m = /^(.+)(ма|ме|ба|бе|па|пе)$/.exec(v);
  if (!m || m[1].length < 2 || !verbs.has(m[1])) continue;
  const x = m[1];
  const last = x[x.length - 1];
  const c =
    VOWELS.includes(last) || 'рйл'.includes(last) ? 'м' : 'змнңж'.includes(last) ? 'б' : 'п';
  if (m[2] === c + (isBack(x) ? 'а' : 'е')) verbs.delete(v);
}

// hunspell-kk also lists truncated stems next to the real word (жалп/жалпы, елеул/елеулі,
// мүддел/мүдделі): a consonant-final entry X whose continuations in the list are mostly X+ы/і
// is such a truncation and goes, so that the real word is not taken for X + possessive.
const sorted = [...nominal].sort();
const truncated = new Set();
for (let i = 0; i < sorted.length; i++) {
  const x = sorted[i];
  if (VOWELS.includes(x[x.length - 1])) continue;
  const y = x + (isBack(x) ? 'ы' : 'і');
  if (!nominal.has(y)) continue;
  // X is a truncation when words built on X+ы/і clearly outnumber the other words built on X
  // (кіс: кісі, кісілік, кісіше… vs бас: басқа, басшы, бастау… next to басы)
  let others = 0;
  let onY = 0;
  for (let j = i + 1; j < sorted.length && sorted[j].startsWith(x); j++) {
    const next = sorted[j][x.length];
    if (next !== 'ы' && next !== 'і') others++;
    else onY++;
  }
  const other = others > 0 && others * 3 >= onY;
  // бюджетт/бюджетті, нәтижес/нәтижесі, жүрект/жүректі: X is Y + the first letter of an ending
  const y0 = x.slice(0, -1);
  const doubled = x.length > 2 && x[x.length - 1] === x[x.length - 2];
  const y0Vowel = VOWELS.includes(y0[y0.length - 1]);
  const cut =
    y0.length >= 3 &&
    nominal.has(y0) &&
    ('сн'.includes(x[x.length - 1]) ? y0Vowel : 'тд'.includes(x[x.length - 1]) && !y0Vowel);
  // (a word with a family of longer derivatives is real whatever it looks like: дауыс, дауыстау)
  let family = false;
  for (let j = i + 1; j < sorted.length && sorted[j].startsWith(x); j++)
    if (sorted[j].length > x.length + 3) family = true;
  // мүддел/мүдделі, үлгіл/үлгілі, күзетш/күзетші: X is Y + the first letter of the suffix
  // -лы/-лі (after a vowel) or -шы/-ші, cut before its vowel. Every listed word on such an X goes
  // on with a vowel (мүдделер, мүдделес are мүдде + -лер, -лес); a real word in л or ш also
  // takes consonant-initial endings (ақылды, құралдар, беделге) and is kept.
  const suffixCut =
    y0.length >= 3 &&
    nominal.has(y0) &&
    ((x[x.length - 1] === 'л' && y0Vowel) || x[x.length - 1] === 'ш');
  let consonantNext = false;
  for (let j = i + 1; j < sorted.length && sorted[j].startsWith(x); j++) {
    const next = sorted[j][x.length];
    if (next !== undefined && !VOWELS.includes(next)) consonantNext = true;
  }
  if (!other || doubled || (cut && !family) || (suffixCut && !consonantNext))
    if (!attestedWord(x)) truncated.add(x);
}
// Y + н next to Y (қала/қалан): the н is the accusative or genitive stem of a possessed form,
// unless the list has longer words built on Y+н (қазан: қазандық)
// The same for Y+с (қала/қалас, from қаласы) and Y+ы+н (кез/кезін, from кезінде).
for (let i = 0; i < sorted.length; i++) {
  const x = sorted[i];
  if (x.length < 4) continue;
  const last = x[x.length - 1];
  if (last === 'с') {
    const y = x.slice(0, -1);
    if (!VOWELS.includes(y[y.length - 1]) || !nominal.has(y)) continue;
  } else if (
    last === 'н' &&
    /[ыі]н$/.test(x) &&
    !VOWELS.includes(x[x.length - 3]) &&
    nominal.has(x.slice(0, -2))
  ) {
    // Y + possessive + accusative н
  } else {
    if (last !== 'н') continue;
    const y = x.slice(0, -1);
    if (
      !VOWELS.includes(y[y.length - 1]) ||
      !nominal.has(y) ||
      nominal.has(x + (isBack(x) ? 'ы' : 'і'))
    )
      continue;
  }
  // (inflected forms such as кезіндегі do not make a family: only longer derivatives count)
  const familyMin = last === 'н' && /[ыі]н$/.test(x) ? 5 : 3;
  let family = false;
  for (let j = i + 1; j < sorted.length && sorted[j].startsWith(x); j++)
    if (sorted[j].length >= x.length + familyMin) family = true;
  if (family || attestedWord(x)) continue;
  truncated.add(x);
  if (process.env.SHOW_TRUNCATED) console.log(x);
}
// voiced fragments: төсег next to төсек (from төсегі), тег next to тек
for (const x of sorted) {
  if (/[бгғ]$/.test(x) && nominal.has(x.slice(0, -1) + { б: 'п', г: 'к', ғ: 'қ' }[x[x.length - 1]]))
    truncated.add(x);
}
for (const x of truncated) nominal.delete(x);

// Drop nominal entries that are plainly an inflected form of another entry (елдер, елде, абайдан):
// the analyser finds them through the suffix grammar instead. A word that has derivatives of
// its own in the list (желі: желілік, желіші; майдан: майдангер; шаңғы: шаңғышы) is a stem
// however it ends: derivational suffixes attach to stems, not to case or possessive forms.
const listed = new Set([...nominal, ...infinitives]);
// the hand-written nominal stems count as stems here too (өнім is hand-listed, өнімі is not)
const handStems = new Set(
  readFileSync(ADDITIONS, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim().split(/\s+/))
    .filter(([w, tags]) => w && tags && /[NJ]/.test(tags))
    .map(([w]) => w.toLowerCase()),
);
const DERIVATIONAL = ['лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'шы', 'ші', 'сыз', 'сіз'];
const hasDerivatives = (w) => DERIVATIONAL.some((d) => listed.has(w + d));
let dropped = 0;
for (const w of [...nominal]) {
  if (hasDerivatives(w)) continue;
  for (let cut = 1; cut <= 4 && cut < w.length - 1; cut++) {
    const stem = w.slice(0, -cut);
    const ending = w.slice(-cut);
    const candidates = [stem];
    if (/[бгғ]$/.test(stem))
      candidates.push(stem.replace(/б$/, 'п').replace(/г$/, 'к').replace(/ғ$/, 'қ'));
    let hit = false;
    let plural = false;
    for (const s of candidates) {
      // short words with a two-letter ending are too often real words (баға, пайда)
      if (!(nominal.has(s) || handStems.has(s)) || s.length < 2 || verbs.has(w)) continue;
      if (ending.length === 2 && w.length < 6 && /^[ғгқкдт][ае]$/.test(ending)) continue;
      // (a loanword и may take back endings: институт → институты, тарих → тарихы)
      const forms = lastVowel(s) === 'и' ? [...caseForms(s), ...caseForms(s, true)] : caseForms(s);
      const stemSurface = s === stem ? s : voiceStem(s);
      if (stemSurface === stem && forms.includes(ending)) {
        hit = true;
        plural = /^[лдт][ае]р$/.test(ending);
      }
    }
    // (a plural takes every case, міндеттерге: the web cannot tell it from a word)
    if (hit && !plural && attestedWord(w, true)) break;
    if (hit) {
      nominal.delete(w);
      dropped++;
      if (process.env.SHOW_DROPPED) console.log(w);
      break;
    }
  }
}

// hunspell-kk also lists bare verb stems among nouns (бірлес, абайла, келіс); a verb stem with
// the shape of a verb-forming suffix is not a noun too.
const VERB_SHAPE = /(лан|лен|дан|ден|тан|тен|ландыр|лендір|дыр|дір|тыр|тір|ғыз|гіз|қыз|кіз)$/;
const VERB_SHAPE_LONG = /(ла|ле|да|де|та|те)$/;
let verbOnly = 0;
for (const v of verbs) {
  if (!nominal.has(v)) continue;
  // a passive/reflexive of another verb stem (қалан ← қала, бөлін ← бөл) is a verb, not a noun
  // (-ыс is left alone: it also makes nouns, қозғалыс)
  const voiceOfVerb =
    (/[аеоөұү][нл]$/.test(v) && verbs.has(v.slice(0, -1))) ||
    (/[ыі][нл]$/.test(v) && v.length > 4 && verbs.has(v.slice(0, -2)));
  if (
    (VERB_SHAPE.test(v) && v.length > 4) ||
    (VERB_SHAPE_LONG.test(v) && v.length >= 6) ||
    voiceOfVerb
  ) {
    nominal.delete(v);
    verbOnly++;
  }
}

// key: lower-case word; value: [display form, tags]
// Drop nominal entries that are plainly an inflected verb form (болады, оқиды, жоспарланып,
// қатысуға, келген): hunspell-kk lists many of them as stems.
// (other endings of one or two letters are left to the analyser's ranking: they also end real
// words such as тарап, тату, басты)
const VERB_ENDINGS = [
  'ып',
  'іп',
  'ады',
  'еді',
  'йды',
  'йді',
  'ған',
  'ген',
  'қан',
  'кен',
  'атын',
  'етін',
  'йтын',
  'йтін',
  'уға',
  'уге',
  'уда',
  'уде',
  'уды',
  'уді',
  'уын',
  'уін',
  'уына',
  'уіне',
  'уында',
  'уінде',
  'удың',
  'удің',
  'уымен',
  'уімен',
  'сын',
  'сін',
  'ыпты',
  'іпті',
  'пты',
  'пті',
];
const MERGED_ENDINGS = ['иды', 'иді', 'итын', 'итін']; // оқы + йды → оқиды
let droppedVerbForms = 0;
for (const w of [...nominal]) {
  if (verbs.has(w)) continue;
  let hit = false;
  for (const e of VERB_ENDINGS) {
    if (!w.endsWith(e) || w.length - e.length < 2) continue;
    const stem = w.slice(0, -e.length);
    const vowelFinal = VOWELS.includes(stem[stem.length - 1]) && !stem.endsWith('у');
    // the ending's shape must fit the stem: -п/-йды after a vowel, -ып/-ады after a consonant
    const needsVowel = /^(п|й|пт)/.test(e);
    const needsConsonant = /^[аеыі]/.test(e);
    if ((needsVowel && !vowelFinal) || (needsConsonant && vowelFinal)) continue;
    const cands = [stem];
    if (/[бгғ]$/.test(stem) && /^[аеыіу]/.test(e))
      cands.push(stem.replace(/б$/, 'п').replace(/г$/, 'к').replace(/ғ$/, 'қ'));
    if (cands.some((s) => verbs.has(s))) {
      hit = true;
      break;
    }
  }
  // past-tense stems listed as words: өзгерд (өзгер+ді), көрсетт (көрсет+ті)
  if (!hit && /[дт]$/.test(w) && w.length > 3 && verbs.has(w.slice(0, -1))) hit = true;
  if (!hit) {
    for (const e of MERGED_ENDINGS) {
      if (
        w.endsWith(e) &&
        (verbs.has(w.slice(0, -e.length) + 'ы') || verbs.has(w.slice(0, -e.length) + 'і'))
      )
        hit = true;
    }
  }
  if (hit) {
    nominal.delete(w);
    droppedVerbForms++;
    if (process.env.SHOW_DROPPED_VERB) console.log(w);
  }
}

const entries = new Map();
const add = (w, tag) => {
  const prev = entries.get(w);
  entries.set(w, [w, (prev?.[1] ?? '').replace(tag, '') + tag]);
};
for (const w of nominal) add(w, 'N');
for (const v of verbs) add(v, 'V');

const additions = readFileSync(ADDITIONS, 'utf8').split(/\r?\n/);
let added = 0;
for (const line of additions) {
  const t = line.replace(/#.*/, '').trim();
  if (!t) continue;
  const [word, tags] = t.split(/\s+/);
  if (!word || !tags) throw new Error(`bad additions line: ${line}`);
  const key = word.toLowerCase();
  // hand-written tags replace the generic nominal tag; the hand-written casing wins (Қазақстан)
  const prev = (entries.get(key)?.[1] ?? '').replace('N', '');
  entries.set(key, [word, [...new Set((prev + tags + '!').split(''))].join('')]);
  added++;
}

// Personal names are tagged G: a name that is not also a common word is a proper noun with its
// capital (PG), which the analyser reads only in a capitalised word; one that is (Азамат,
// азамат: citizen) keeps its entry and gains the tag, for the context rule that reads a
// capitalised word in mid-sentence as the name.
let namesAdded = 0;
for (const name of names) {
  const key = name.toLowerCase();
  const prev = entries.get(key);
  entries.set(key, prev ? [prev[0], prev[1].replace('G', '') + 'G'] : [name, 'PG']);
  namesAdded++;
}

function write(map) {
  const lines = [...map]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, [w, t]]) => `${w}\t${t}`);
  writeFileSync(
    OUT,
    `// GENERATED by packages/kazakh/scripts/build-lexicon.mjs from hunspell-kk (see packages/kazakh/lexicon/NOTICE)\n` +
      `// and packages/kazakh/lexicon/additions.tsv. Do not edit by hand.\n` +
      `// One entry a line: word, TAB, part-of-speech tags (see lexicon.ts).\n` +
      `export const LEXICON_DATA: string = ${JSON.stringify(lines.join('\n'))};\n`,
  );
}
write(entries);

// Second pass, with the analyser itself: a spelling-lexicon entry that the analyser explains
// better as an inflected form of another entry (бірліктері = бірлік+тер+і) is not a stem.
const tmp = compileEngine('kk-lexicon-', ['morph/index.ts', 'entities/gazetteer.ts']);
const { segment } = await import(pathToFileURL(join(tmp, 'morph/parse.js')).href);
const handWritten = new Set(
  additions.map((l) => l.replace(/#.*/, '').trim().split(/\s+/)[0]?.toLowerCase()).filter(Boolean),
);

// The one-word Kazakh names of the states and places of the entity registry (our own
// src/entities/gazetteer.ts) are proper nouns with their capital, as the hand-written ones are:
// the spelling list has some of them in lower case only (ұлыбритания).
const { GAZETTEER } = await import(pathToFileURL(join(tmp, 'entities/gazetteer.js')).href);
let fromGazetteer = 0;
for (const entity of GAZETTEER) {
  if (entity.type !== 'state' && entity.type !== 'place') continue;
  for (const name of entity.kk) {
    const key = name.toLowerCase();
    if (/[\s.]/.test(name) || handWritten.has(key)) continue;
    const prev = (entries.get(key)?.[1] ?? '').replace('N', '');
    entries.set(key, [name, [...new Set((prev + 'P!').split(''))].join('')]);
    handWritten.add(key);
    fromGazetteer++;
  }
}
let explained = 0;
const CASES = new Set(['GEN', 'DAT', 'ACC', 'LOC', 'ABL', 'INS']);
const PRONOUN_ENDINGS = new Set(['GEN', 'DAT', 'ACC', 'LOC', 'ABL', 'INS', 'PL', 'P3']);
for (const [key, [, tags]] of [...entries]) {
  if (tags !== 'N' || handWritten.has(key)) continue;
  // Only clear cases: three letters of endings on another entry (two when they are two suffixes
  // on a stem of five letters or more: институт+ы+н, not мәт+і+н), and not endings that
  // also make words (-дық of 1st plural past vs the noun suffix -лық; -м, -ң possessives).
  const hit = segment(key).find((seg) => {
    const n = seg.morphs.length;
    if (n === 0 || !seg.entry || seg.stem === key || seg.alternation === 'lostVowel') return false;
    // (a personal name explains no common word: талмастан is not Талмас + ablative)
    if (seg.entry.tags === 'PG') return false;
    // a hand-listed pronoun with a case ending is its own inflected form, however short the
    // ending (кімді, сізге): pronouns make no nouns by inflection (but сенім, trust, is not
    // сен + my: only plural, 3rd-person possessive and case endings count)
    const caseForm = seg.morphs.every((m) => PRONOUN_ENDINGS.has(m.id));
    const lastIsCase = seg.morphs[n - 1].id !== 'PL' && seg.morphs[n - 1].id !== 'P3';
    if (
      seg.kind === 'N' &&
      seg.entry.tags.includes('R') &&
      seg.entry.tags.includes('!') &&
      caseForm &&
      lastIsCase
    ) {
      if (process.env.SHOW_EXPLAINED) console.log(`pronoun form ${key}`);
      return true;
    }
    const endingLength = key.length - seg.stem.length;
    // two suffixes on a known verb stem are an inflected verb form whatever their length (қоюға)
    const verbForm = seg.kind === 'V' && n >= 2;
    if (!verbForm && (endingLength < 2 || (endingLength === 2 && (n < 2 || seg.stem.length < 5))))
      return false;
    const ids = seg.morphs.map((m) => m.id);
    const person = (id) => /^C(1S|2S|2SF|1P|2P|2PF)$/.test(id);
    if (
      ids.some(
        (id) =>
          id === 'K1P' ||
          id === 'P1S' ||
          id === 'P2S' ||
          id === 'P2SF' ||
          (seg.kind === 'N' && person(id)),
      )
    )
      return false;
    if (ids[0] === 'REL') return false;
    // -ғы/-гі on a verb makes nouns too (сүзгі, құрылғы), not only the desiderative, and words
    // in -рақ/-рек are often nouns of their own (топырақ, жапырақ, көкірек), not comparatives
    // (nor the spoken 1st singular -м of the present: қалам, pen, is not қал + а + м)
    if (ids.includes('DES') || ids.includes('CMP') || ids.includes('K1SA')) return false;
    // (an agent noun in -ушы is a word of its own: сайлаушы, voter, takes nominal endings)
    if (ids.includes('AGT')) return false;
    // and only common endings: торғай is not тор + optative -ғай
    // (person endings after a verb form are ordinary: сақтаймыз)
    const cost = (m) => (seg.kind === 'V' && person(m.id) ? 1 : m.cost);
    return (
      seg.morphs.every((m) => cost(m) <= 2) && seg.morphs.reduce((a, m) => a + cost(m), 0) <= 5
    );
  });
  // (as in the first clean-up, web text may keep a word that reads as Y + 3rd-person possessive
  // or a case; not after a plural, nor a 1st or 2nd person possessive, which take every case)
  const rescued =
    hit !== undefined &&
    hit.kind === 'N' &&
    hit.morphs.every((m) => m.id === 'P3' || CASES.has(m.id)) &&
    attestedWord(key, true);
  if (hit && !rescued) {
    entries.delete(key);
    explained++;
    if (process.env.SHOW_EXPLAINED) console.log(key);
  }
}
rmSync(tmp, { recursive: true, force: true });
write(entries);
// the generated module is formatted like the rest of the repository
execFileSync(
  process.execPath,
  [here('../../../node_modules/prettier/bin/prettier.cjs'), '--write', OUT],
  { stdio: 'ignore' },
);
console.log(
  `nominal ${nominal.size}, truncated ${truncated.size}, verbs ${verbs.size}, dropped inflected ${dropped} + verb forms ${droppedVerbForms}, verb-only ${verbOnly}, personal names ${namesAdded}, additions ${added} + ${fromGazetteer} registry names, explained by the analyser ${explained}, entries kept as attested on the web ${attestedKept}, total ${entries.size}`,
);
