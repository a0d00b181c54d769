/**
 * A recogniser for bare Kazakh nominal suffix chains (`ның`, `дағы`, `тастық`, `лерінің`).
 * Used to rejoin words split before a suffix, to read abbreviation and numeral endings, and to
 * match inflected names. It is deliberately surface-only: the morphological analyser decides
 * what a whole word is.
 */

const DERIVATION = [
  'лық',
  'лік',
  'дық',
  'дік',
  'тық',
  'тік',
  'шы',
  'ші',
  'сыз',
  'сіз',
  'лы',
  'лі',
  'ды',
  'ді',
  'ты',
  'ті',
  'ас',
  'ес',
  'лас',
  'лес',
  'дас',
  'дес',
  'тас',
  'тес',
  'шылық',
  'шілік',
  'ғы',
  'гі',
  'қы',
  'кі',
];
const PLURAL = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];
const POSSESSIVE = [
  'ы',
  'і',
  'сы',
  'сі',
  'ым',
  'ім',
  'м',
  'ың',
  'ің',
  'ң',
  'ымыз',
  'іміз',
  'мыз',
  'міз',
  'ыңыз',
  'іңіз',
  'ңыз',
  'ңіз',
];
const CASE = [
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'а',
  'е',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'н',
  'да',
  'де',
  'та',
  'те',
  'нда',
  'нде',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'мен',
  'бен',
  'пен',
  'менен',
  'бенен',
  'пенен',
  'ша',
  'ше',
  'ша',
];
const RELATIVE = ['ғы', 'гі', 'қы', 'кі', 'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі'];
const ORDINAL = ['ыншы', 'інші', 'ншы', 'нші', 'шы', 'ші'];

function alt(list: readonly string[]): string {
  return `(?:${[...new Set(list)].sort((a, b) => b.length - a.length).join('|')})`;
}

const CHAIN = new RegExp(
  `^(?=.)${alt(DERIVATION)}{0,2}${alt(PLURAL)}?${alt(POSSESSIVE)}?${alt(CASE)}?(?:${alt(RELATIVE)}${alt(CASE)}?)?$`,
  'u',
);
const NUMERAL_ENDING = new RegExp(
  `^(?:${alt(ORDINAL)}|${alt(POSSESSIVE)}?${alt(CASE)}|${alt(POSSESSIVE)})${alt(RELATIVE)}?$`,
  'u',
);

/**
 * True if `s` (lower case) is nothing but a chain of nominal suffixes.
 * @example
 * isSuffixChain('лерінің'); // true
 * isSuffixChain('ұйым'); // false
 */
export function isSuffixChain(s: string): boolean {
  return s.length > 0 && s.length <= 12 && CHAIN.test(s);
}

/** True if `s` is an ending a numeral takes after a hyphen (`ші`, `ға`, `ында`). */
export function isNumeralEnding(s: string): boolean {
  return s.length > 0 && s.length <= 8 && NUMERAL_ENDING.test(s);
}

/**
 * Folds the letters OCR and careless typing confuse (қ→к, ғ→г, ң→н, ұ/ү→у, ө→о, ә→а, і→и, һ→х)
 * so damaged and clean spellings share one key. Input should be lower case.
 * @example
 * foldConfusables('қауіпсіздік') === foldConfusables('кауипсиздик'); // true
 */
export function foldConfusables(s: string): string {
  let out = '';
  for (const ch of s) out += FOLD[ch] ?? ch;
  return out;
}

const FOLD: Readonly<Record<string, string>> = {
  қ: 'к',
  ғ: 'г',
  ң: 'н',
  ұ: 'у',
  ү: 'у',
  ө: 'о',
  ә: 'а',
  і: 'и',
  һ: 'х',
  ц: 'н',
  й: 'и',
  ё: 'е',
  э: 'е',
};

const FOLDED_CHAIN = new RegExp(
  `^(?=.)${alt(DERIVATION.map(foldConfusables))}{0,2}${alt(PLURAL.map(foldConfusables))}?${alt(POSSESSIVE.map(foldConfusables))}?${alt(CASE.map(foldConfusables))}?(?:${alt(RELATIVE.map(foldConfusables))}${alt(CASE.map(foldConfusables))}?)?$`,
  'u',
);

/** Like {@link isSuffixChain} over folded text (for matching damaged names). */
export function isFoldedSuffixChain(folded: string): boolean {
  return folded.length > 0 && folded.length <= 12 && FOLDED_CHAIN.test(folded);
}
