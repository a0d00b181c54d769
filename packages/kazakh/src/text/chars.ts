/**
 * Character classes shared by the tokenizer, the normaliser and the matchers.
 * One lookup table over the Basic Multilingual Plane keeps the hot loops free of regular expressions.
 */

export const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const SPACE = 3;
export const MARK = 4;
export const HYPHEN = 5;
export const APOSTROPHE = 6;
export const NEWLINE = 7;
export const PUNCT = 8;

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  const space = /\s/u;
  const punct = /\p{P}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c >= 0x30 && c <= 0x39) table[c] = DIGIT;
    else if (c === 0x0a || c === 0x0d) table[c] = NEWLINE;
    else if (letter.test(ch)) table[c] = LETTER;
    else if (mark.test(ch)) table[c] = MARK;
    else if (space.test(ch)) table[c] = SPACE;
    else if (punct.test(ch)) table[c] = PUNCT;
  }
  // Byte-order marks and zero-width spaces separate nothing visible; treat them as space.
  for (const c of [0xfeff, 0x200b]) table[c] = SPACE;
  for (const c of [0x2d, 0x2010, 0x2011]) table[c] = HYPHEN;
  for (const c of [0x27, 0x2019, 0x2bc, 0x60, 0xb4]) table[c] = APOSTROPHE;
  return table;
}

/** Class of every BMP code unit (surrogates are OTHER). */
export const CHAR_CLASS: Uint8Array = buildTable();

export function isLetterCode(c: number): boolean {
  const k = CHAR_CLASS[c];
  return k === LETTER || k === MARK;
}

export function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isCyrillicCode(c: number): boolean {
  return c >= 0x400 && c <= 0x52f;
}

export function isLatinCode(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Back (hard) vowels of Kazakh Cyrillic. */
export const BACK_VOWELS = 'аоұы';
/** Front (soft) vowels of Kazakh Cyrillic. */
export const FRONT_VOWELS = 'әөүіе';
/** All Kazakh Cyrillic vowel letters, including the neutral и, у and loan letters. */
export const VOWELS = 'аәеёиоөуұүыіэюя';

export function isVowel(ch: string): boolean {
  return VOWELS.includes(ch.toLowerCase());
}

/** Letters that occur only in loanwords (mostly Russian); к/г before them stay. (я and ю also spell native йа/йу.) */
export const LOAN_LETTERS = 'чщёэъьфв';

/** Upper-cases the first letter and lower-cases the rest. */
export function capitalize(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * Re-applies the letter case of `model` onto `word` letter by letter (for same-length repairs);
 * for different lengths, keeps whole-word upper case or an initial capital.
 */
export function copyCase(model: string, word: string): string {
  if (model.length === word.length) {
    let out = '';
    for (let i = 0; i < word.length; i++) {
      const m = model[i]!;
      const w = word[i]!;
      out += isUpperLetter(m) ? w.toUpperCase() : isLowerLetter(m) ? w.toLowerCase() : w;
    }
    return out;
  }
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model.length > 0 && isUpperLetter(model[0]!)) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}
