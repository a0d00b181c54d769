import { isCyrillicCode, isLatinCode } from '../text/chars.js';

/** Non-Cyrillic letters that stand in for Cyrillic ones in Kazakh text. */
const TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  A: 'А',
  B: 'В',
  c: 'с',
  C: 'С',
  e: 'е',
  E: 'Е',
  H: 'Н',
  i: 'і',
  I: 'І',
  K: 'К',
  k: 'к',
  M: 'М',
  o: 'о',
  O: 'О',
  p: 'р',
  P: 'Р',
  T: 'Т',
  x: 'х',
  X: 'Х',
  y: 'у',
  Y: 'У',
  h: 'һ',
  ı: 'і',
  ə: 'ә',
  Ə: 'Ә',
  ǝ: 'ә',
  Ǝ: 'Ә',
  ɵ: 'ө',
  Ɵ: 'Ө',
  // Cyrillic letters of other languages that look like Kazakh ones.
  ӊ: 'ң',
  Ӊ: 'Ң',
  ҥ: 'ң',
  Ҥ: 'Ң',
  ӈ: 'ң',
  Ӈ: 'Ң',
  ӄ: 'қ',
  Ӄ: 'Қ',
  ҡ: 'қ',
  Ҡ: 'Қ',
  ҟ: 'қ',
  Ҟ: 'Қ',
  ҕ: 'ғ',
  Ҕ: 'Ғ',
  ӷ: 'ғ',
  Ӷ: 'Ғ',
  ӧ: 'ө',
  Ӧ: 'Ө',
  ӱ: 'ү',
  Ӱ: 'Ү',
  ӛ: 'ә',
  Ӛ: 'Ә',
  ї: 'і',
  Ї: 'І',
  // Greek.
  α: 'а',
  ο: 'о',
  ε: 'е',
  Α: 'А',
  Ο: 'О',
  Ε: 'Е',
  Κ: 'К',
  Μ: 'М',
  Τ: 'Т',
  Ρ: 'Р',
  Χ: 'Х',
  Η: 'Н',
  Β: 'В',
};

/** Letters that are not Kazakh Cyrillic but are not evidence of a Latin word either. */
const NEUTRAL = new Set(['ə', 'Ə', 'ǝ', 'Ǝ', 'ɵ', 'Ɵ', 'ı']);

const TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  А: 'A',
  В: 'B',
  с: 'c',
  С: 'C',
  е: 'e',
  Е: 'E',
  Н: 'H',
  і: 'i',
  І: 'I',
  К: 'K',
  к: 'k',
  М: 'M',
  о: 'o',
  О: 'O',
  р: 'p',
  Р: 'P',
  Т: 'T',
  х: 'x',
  Х: 'X',
  у: 'y',
  һ: 'h',
};

/** Every letter `fixLookalikes` may put in place of another, as [from, to] pairs. */
export const LOOKALIKE_PAIRS: readonly (readonly [string, string])[] = [
  ...Object.entries(TO_CYRILLIC),
  ...Object.entries(TO_LATIN),
];

function isForeignCyrillicLookalike(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return isCyrillicCode(c) && TO_CYRILLIC[ch] !== undefined;
}

/**
 * Replaces look-alike letters from the minority script of a word with letters of its majority
 * script; ties go to Cyrillic. Kazakh-specific foreign letters (ə, ӊ, Greek, Bashkir қ) always
 * become Kazakh Cyrillic in a Cyrillic word. Returns the word unchanged when nothing applies.
 * @example
 * fixLookalikes('Əзірбайжан'); // 'Әзірбайжан'
 */
export function fixLookalikes(word: string): string {
  let cyrillic = 0;
  let latin = 0;
  let suspicious = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // (the Russian alphabet а–я, А–Я, most letters of a Kazakh word, is neither neutral nor a
    // look-alike: counted without building a one-letter string)
    if (c >= 0x410 && c <= 0x44f) {
      cyrillic++;
      continue;
    }
    const ch = word[i]!;
    if (NEUTRAL.has(ch)) suspicious = true;
    else if (isForeignCyrillicLookalike(ch)) {
      suspicious = true;
      cyrillic++;
    } else if (isCyrillicCode(c)) cyrillic++;
    else if (isLatinCode(c)) latin++;
    else if (c >= 0x370 && c <= 0x3ff) suspicious = true;
  }
  if (!suspicious && (cyrillic === 0 || latin === 0)) return word;
  let out = '';
  if (cyrillic >= latin) {
    for (const ch of word) out += TO_CYRILLIC[ch] ?? ch;
  } else {
    if (cyrillic === 0) return word;
    for (const ch of word) out += TO_LATIN[ch] ?? ch;
  }
  return out;
}
