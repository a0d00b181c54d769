/**
 * A small Kazakh noun inflector for the benchmark corpus: plural, 3rd-person possessive and the
 * seven cases, with vowel harmony and assimilation of the ending's first consonant. It covers the
 * nouns and names the generator uses, not the whole language (no 1st/2nd person, no verbs).
 *
 * @example
 * inflect('мемлекет', { plural: true, poss3: true, case: 'gen' }); // 'мемлекеттерінің'
 * inflect('ШЫҰ', { case: 'gen' }); // 'ШЫҰ-ның'
 */

export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'loc' | 'abl' | 'ins';

export interface Form {
  readonly plural?: boolean;
  readonly poss3?: boolean;
  readonly case?: Case;
}

const BACK = new Set([...'аоұыяюё']);
const FRONT = new Set([...'әөүіеэи']);
const VOWELS = new Set([...'аоұыяәөүіеэиуюё']);
const VOICELESS = new Set([...'пкқтсшфхцчщбвгд']); // б в г д are devoiced at the end of a word
const NASAL = new Set([...'мнң']);
const SONORANT = new Set([...'рйу']); // у after a vowel or as a final glide: су, қару
const VOICING: Readonly<Record<string, string>> = { к: 'г', қ: 'ғ', п: 'б' };

/** How acronyms are read aloud decides their endings (`АҚШ-тың` but `БҰҰ-ның`). */
const ACRONYM_READING: Readonly<Record<string, string>> = {
  АӨСШК: 'аөсшк',
  БҰҰ: 'бұұ',
  ШЫҰ: 'шыұ',
  ҰҚШҰ: 'ұқшұ',
  ТМД: 'тмд',
  ЕҚЫҰ: 'еқыұ',
  АҚШ: 'ақш',
  НАТО: 'нато',
  ЕО: 'ео',
  ИЫҰ: 'иыұ',
  ХКҰ: 'хкұ',
  ЕЭК: 'еэк',
  ОПЕК: 'опек',
  ЮНЕП: 'юнеп',
  ХЕҰ: 'хеұ',
  АМЛ: 'амл',
  ТүркПА: 'түркпа',
};

type Harmony = 'back' | 'front';
type Ending = 'vowel' | 'sonorant' | 'l' | 'nasal' | 'zh' | 'voiceless';

function lastLetters(word: string): string {
  return word.toLowerCase().replace(/[ьъ]+$/u, '');
}

/** Loanwords whose endings do not follow their last vowel. */
const HARMONY: Readonly<Record<string, Harmony>> = { акт: 'front', факт: 'front' };
/** Stems that take an extra vowel before the possessive (`акт → актісі`). */
const POSS3: Readonly<Record<string, string>> = { акт: 'актісі', факт: 'фактісі' };

function harmony(word: string): Harmony {
  const lower = word.toLowerCase();
  const fixed = HARMONY[lower];
  if (fixed) return fixed;
  if (/ь$/u.test(lower)) return 'front'; // Израиль
  const letters = [...lastLetters(word)];
  for (let i = letters.length - 1; i >= 0; i--) {
    const c = letters[i]!;
    if (BACK.has(c)) return 'back';
    if (FRONT.has(c)) return 'front';
    // A у between consonants is the vowel [u] of a loanword (ресурс); elsewhere it is a glide
    // that follows the vowel before it (келісу, қару).
    if (c === 'у' && i > 0 && i < letters.length - 1 && !VOWELS.has(letters[i - 1]!)) return 'back';
  }
  return 'back'; // су, ту
}

function ending(word: string): Ending {
  const letters = [...lastLetters(word)];
  const last = letters.at(-1)!;
  const before = letters.at(-2);
  if (last === 'у' && before !== undefined && !VOWELS.has(before) && letters.length > 2)
    return 'sonorant'; // қару, келісу: the final у is a glide
  if (last === 'у') return 'sonorant'; // су
  if (VOWELS.has(last)) return 'vowel';
  if (SONORANT.has(last)) return 'sonorant';
  if (last === 'л') return 'l';
  if (NASAL.has(last)) return 'nasal';
  if (last === 'з' || last === 'ж') return 'zh';
  if (VOICELESS.has(last)) return 'voiceless';
  return 'voiceless';
}

const pick = (h: Harmony, back: string, front: string) => (h === 'back' ? back : front);

function plural(stem: string): string {
  const h = harmony(stem);
  const e = ending(stem);
  const c = e === 'vowel' || e === 'sonorant' ? 'л' : e === 'voiceless' ? 'т' : 'д';
  return stem + c + pick(h, 'ар', 'ер');
}

function poss3(stem: string): string {
  const h = harmony(stem);
  const e = ending(stem);
  const irregular = POSS3[stem.toLowerCase()];
  if (irregular) return stem.slice(0, 1) + irregular.slice(1);
  if (e === 'vowel') return stem + pick(h, 'сы', 'сі');
  const last = stem.at(-1)!;
  const voiced = VOICING[last];
  const base = voiced && [...stem].length > 3 ? stem.slice(0, -1) + voiced : stem;
  return base + pick(h, 'ы', 'і');
}

function caseEnding(stem: string, c: Case, afterPoss3: boolean): string {
  const h = harmony(stem);
  const e = ending(stem);
  switch (c) {
    case 'nom':
      return '';
    case 'gen':
      if (afterPoss3 || e === 'vowel' || e === 'nasal') return pick(h, 'ның', 'нің');
      return e === 'voiceless' ? pick(h, 'тың', 'тің') : pick(h, 'дың', 'дің');
    case 'dat':
      if (afterPoss3) return pick(h, 'на', 'не');
      return e === 'voiceless' ? pick(h, 'қа', 'ке') : pick(h, 'ға', 'ге');
    case 'acc':
      if (afterPoss3) return 'н';
      if (e === 'vowel') return pick(h, 'ны', 'ні');
      return e === 'voiceless' ? pick(h, 'ты', 'ті') : pick(h, 'ды', 'ді');
    case 'loc':
      if (afterPoss3) return pick(h, 'нда', 'нде');
      return e === 'voiceless' ? pick(h, 'та', 'те') : pick(h, 'да', 'де');
    case 'abl':
      if (afterPoss3 || e === 'nasal') return pick(h, 'нан', 'нен');
      return e === 'voiceless' ? pick(h, 'тан', 'тен') : pick(h, 'дан', 'ден');
    case 'ins':
      if (e === 'zh') return 'бен';
      return e === 'voiceless' && !afterPoss3 ? 'пен' : 'мен';
  }
}

/** Inflects one word (or the last word of a phrase); acronyms take their endings after a hyphen. */
export function inflect(phrase: string, form: Form): string {
  const space = phrase.lastIndexOf(' ');
  const head = phrase.slice(space + 1);
  const prefix = phrase.slice(0, space + 1);
  const reading = ACRONYM_READING[head] ?? (isAcronym(head) ? head.toLowerCase() : undefined);
  if (reading !== undefined) {
    const full = inflectWord(reading, form);
    return `${prefix}${head}${full.length > reading.length ? '-' + full.slice(reading.length) : ''}`;
  }
  // In a name of several words a last word in -ы/-і is already possessive (`Біріккен Ұлттар
  // Ұйымы`), so its case endings are the pronominal ones.
  if (prefix && !form.poss3 && !form.plural && /\p{L}{2}[ыі]$/u.test(head)) {
    const c = form.case ?? 'nom';
    return prefix + head + (c === 'nom' ? '' : caseEnding(head, c, true));
  }
  return prefix + inflectWord(head, form);
}

function isAcronym(word: string): boolean {
  const letters = [...word].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return letters.length >= 2 && upper >= letters.length - 1 && upper >= 2;
}

/** The conjunction `and` between two nouns: мен, бен or пен after `word`. */
export function and(word: string): string {
  return inflect(word, { case: 'ins' }).slice(-3);
}

function inflectWord(word: string, form: Form): string {
  let stem = word;
  if (form.plural) stem = plural(stem);
  if (form.poss3) stem = poss3(stem);
  const c = form.case ?? 'nom';
  if (form.poss3 && c !== 'nom') {
    // The possessive's vowel decides harmony; its endings are the pronominal ones.
    return stem + caseEnding(stem, c, true);
  }
  return stem + caseEnding(stem, c, false);
}

/** Expected forms, checked when the benchmark starts (vitest's unit project does not see bench/). */
export const INFLECTION_CHECKS: readonly [string, Form, string][] = [
  ['мемлекет', { plural: true, poss3: true, case: 'gen' }, 'мемлекеттерінің'],
  ['мемлекет', { plural: true }, 'мемлекеттер'],
  ['мемлекет', { case: 'dat' }, 'мемлекетке'],
  ['мемлекет', { case: 'acc' }, 'мемлекетті'],
  ['ел', { plural: true, case: 'gen' }, 'елдердің'],
  ['ел', { case: 'gen' }, 'елдің'],
  ['ұйым', { plural: true }, 'ұйымдар'],
  ['ұйым', { case: 'abl' }, 'ұйымнан'],
  ['шара', { plural: true, poss3: true, case: 'gen' }, 'шараларының'],
  ['шара', { case: 'acc' }, 'шараны'],
  ['Қазақстан', { case: 'gen' }, 'Қазақстанның'],
  ['Қазақстан', { case: 'dat' }, 'Қазақстанға'],
  ['Қазақстан', { case: 'loc' }, 'Қазақстанда'],
  ['Қазақстан', { case: 'ins' }, 'Қазақстанмен'],
  ['Ресей', { case: 'gen' }, 'Ресейдің'],
  ['Ресей', { case: 'abl' }, 'Ресейден'],
  ['Түркия', { case: 'gen' }, 'Түркияның'],
  ['Түркия', { case: 'dat' }, 'Түркияға'],
  ['Түркия', { case: 'ins' }, 'Түркиямен'],
  ['Түркия', { case: 'abl' }, 'Түркиядан'],
  ['есірткі', { case: 'gen' }, 'есірткінің'],
  ['есірткі', { case: 'dat' }, 'есірткіге'],
  ['есірткі', { poss3: true }, 'есірткісі'],
  ['қауіпсіздік', { poss3: true }, 'қауіпсіздігі'],
  ['қауіпсіздік', { poss3: true, case: 'dat' }, 'қауіпсіздігіне'],
  ['қауіпсіздік', { case: 'dat' }, 'қауіпсіздікке'],
  ['ынтымақтастық', { poss3: true, case: 'loc' }, 'ынтымақтастығында'],
  ['ынтымақтастық', { case: 'ins' }, 'ынтымақтастықпен'],
  ['қару', { case: 'acc' }, 'қаруды'],
  ['қару', { case: 'gen' }, 'қарудың'],
  ['қару', { poss3: true }, 'қаруы'],
  ['су', { case: 'gen' }, 'судың'],
  ['ресурс', { plural: true, poss3: true, case: 'acc' }, 'ресурстарын'],
  ['терроризм', { case: 'ins' }, 'терроризммен'],
  ['терроризм', { case: 'dat' }, 'терроризмге'],
  ['шекара', { plural: true, case: 'loc' }, 'шекараларда'],
  ['ШЫҰ', { case: 'gen' }, 'ШЫҰ-ның'],
  ['ҰҚШҰ', { case: 'dat' }, 'ҰҚШҰ-ға'],
  ['АҚШ', { case: 'gen' }, 'АҚШ-тың'],
  ['НАТО', { case: 'dat' }, 'НАТО-ға'],
  ['Израиль', { case: 'gen' }, 'Израильдің'],
  ['ядролық қару', { case: 'acc' }, 'ядролық қаруды'],
  ['Алматы акт', { poss3: true, case: 'gen' }, 'Алматы актісінің'],
  ['саммит', { case: 'gen' }, 'саммиттің'],
  ['Біріккен Ұлттар Ұйымы', { case: 'dat' }, 'Біріккен Ұлттар Ұйымына'],
  ['Корея Республикасы', { case: 'gen' }, 'Корея Республикасының'],
  ['Тайланд', { case: 'gen' }, 'Тайландтың'],
  ['Беларусь', { case: 'dat' }, 'Беларуське'],
  ['ТүркПА', { case: 'dat' }, 'ТүркПА-ға'],
  ['келісу', { case: 'gen' }, 'келісудің'],
  ['қыз', { case: 'ins' }, 'қызбен'],
  ['кітап', { poss3: true }, 'кітабы'],
];

/** The checks that fail: `[input, expected, got]`. */
export function failedInflectionChecks(): [string, string, string][] {
  return INFLECTION_CHECKS.flatMap(([word, form, expected]) => {
    const got = inflect(word, form);
    return got === expected ? [] : [[`${word} ${JSON.stringify(form)}`, expected, got]];
  });
}
