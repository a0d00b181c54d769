/**
 * Sound classes that drive Kazakh suffix allomorphy: vowel harmony (back/front) and the
 * class of the last sound, which decides a suffix's initial consonant.
 */

const VOWELS = new Set('аәеиоөұүыіэюяёу');
const BACK_VOWELS = new Set('аоұыя');
const FRONT_VOWELS = new Set('әеөіүэ');

/** Flags per UTF-16 code unit (Cyrillic is U+0400–U+04FF), for the analyser's inner loops. */
const F_VOWEL = 1;
const F_BACK = 2;
const F_FRONT = 4;
const FLAGS = (() => {
  const t = new Uint8Array(0x500);
  for (const ch of VOWELS) t[ch.charCodeAt(0)]! |= F_VOWEL;
  for (const ch of BACK_VOWELS) t[ch.charCodeAt(0)]! |= F_BACK;
  for (const ch of FRONT_VOWELS) t[ch.charCodeAt(0)]! |= F_FRONT;
  return t;
})();
const flags = (code: number): number => (code < 0x500 ? FLAGS[code]! : 0);
const C_I = 'и'.charCodeAt(0);
const C_U = 'у'.charCodeAt(0);
const C_E = 'е'.charCodeAt(0);
const C_L = 'л'.charCodeAt(0);

/** True for a vowel letter, by code unit. */
export const isVowelCode = (code: number): boolean => (flags(code) & F_VOWEL) !== 0;

/** Class of each code unit as a last sound (see SoundClass). */
const CLASS_OF = (() => {
  const t: SoundClass[] = new Array<SoundClass>(0x500).fill('K');
  for (const ch of VOWELS) t[ch.charCodeAt(0)] = 'V';
  for (const ch of 'урйюи') t[ch.charCodeAt(0)] = 'R';
  t[C_L] = 'L';
  for (const ch of 'мнң') t[ch.charCodeAt(0)] = 'N';
  for (const ch of 'зж') t[ch.charCodeAt(0)] = 'Z';
  return t;
})();

/**
 * Class of the last sound of a (partial) word form:
 * V vowel, R sonorant р й у, L л, N nasal м н ң, Z з ж, K voiceless (and final б в г д ғ, devoiced).
 */
export type SoundClass = 'V' | 'R' | 'L' | 'N' | 'Z' | 'K';

export function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

export function soundClass(form: string): SoundClass {
  return soundClassAt(form, form.length);
}

/** Sound classes in the order of `soundClassIndexAt`. */
export const SOUND_CLASSES: readonly SoundClass[] = ['V', 'R', 'L', 'N', 'Z', 'K'];
const CLASS_INDEX_OF = (() => {
  const t = new Uint8Array(0x500).fill(5);
  for (let code = 0; code < 0x500; code++) t[code] = SOUND_CLASSES.indexOf(CLASS_OF[code]!);
  return t;
})();

/** Index in SOUND_CLASSES of `soundClassAt(form, end)`. */
export function soundClassIndexAt(form: string, end: number): number {
  while (end > 0 && form.charCodeAt(end - 1) === SOFT_SIGN) end--;
  if (end === 0) return 0;
  const code = form.charCodeAt(end - 1);
  return code < 0x500 ? CLASS_INDEX_OF[code]! : 5;
}

/** `soundClass(form.slice(0, end))` without slicing. */
export function soundClassAt(form: string, end: number): SoundClass {
  // a final soft sign is silent: the letter before it decides (фестиваль → фестивальдер)
  while (end > 0 && form.charCodeAt(end - 1) === SOFT_SIGN) end--;
  if (end === 0) return 'V';
  // final и is read ий (Чейнидің, Тбилисиге, киеді)
  const code = form.charCodeAt(end - 1);
  return code < 0x500 ? CLASS_OF[code]! : 'K';
}

const SOFT_SIGN = 'ь'.charCodeAt(0);

/** True when suffixes after `form` take back vowels (а, ы); у, ю and final и are neutral and look further left. */
export function isBack(form: string): boolean {
  return isBackAt(form, form.length);
}

/** `isBack(form.slice(0, end))` without slicing. */
export function isBackAt(form: string, end: number): boolean {
  // a final soft sign makes the word front (кинофестивальдер, стильдер)
  if (end > 0 && form.charCodeAt(end - 1) === SOFT_SIGN) return false;
  let sawI = false;
  for (let i = end - 1; i >= 0; i--) {
    const code = form.charCodeAt(i);
    const f = code < 0x500 ? FLAGS[code]! : 0;
    if ((f & F_BACK) !== 0) return true;
    // е right after a back vowel is read [je] and follows that vowel (Назарбаевтың, Тоқаевқа)
    if (code === C_E && i > 0 && (flags(form.charCodeAt(i - 1)) & F_BACK) !== 0) continue;
    if ((f & F_FRONT) !== 0) return false;
    // и before a consonant is front (loanwords: министрі, командирі); stem-final и stands
    // for ый/ій and is neutral (жыми → жымиды, оқи → оқиды)
    if (code === C_I) {
      if (i < end - 1) return false;
      sawI = true;
    }
    // у between consonants is the vowel [u] of loanwords (ресурстар, институты); elsewhere it
    // is a glide or the verbal noun and neutral (тау, келуі)
    if (
      code === C_U &&
      i > 0 &&
      i < end - 1 &&
      !isVowelCode(form.charCodeAt(i - 1)) &&
      !isVowelCode(form.charCodeAt(i + 1))
    )
      return true;
  }
  // a stem whose only vowel is и is front (ки → киген, ти → тиді)
  return !sawI;
}

/** An л among the last three letters of `form.slice(0, end)` (the passive is then -н). */
export function lNearAt(form: string, end: number): boolean {
  for (let i = end - 1; i >= 0 && i >= end - 3; i--) if (form.charCodeAt(i) === C_L) return true;
  return false;
}

/** Stem-final п к қ become б г ғ before a vowel: кітап → кітабы, құлақ → құлағы. */
export function voiceFinal(form: string): string {
  const last = form[form.length - 1];
  if (last === 'п') return form.slice(0, -1) + 'б';
  if (last === 'к') return form.slice(0, -1) + 'г';
  if (last === 'қ') return form.slice(0, -1) + 'ғ';
  return form;
}

/** Undo `voiceFinal` when the surface stem ends in б г ғ: кітаб → кітап. */
export function devoiceFinal(form: string): string | null {
  const last = form[form.length - 1];
  if (last === 'б') return form.slice(0, -1) + 'п';
  if (last === 'г') return form.slice(0, -1) + 'к';
  if (last === 'ғ') return form.slice(0, -1) + 'қ';
  return null;
}

/**
 * Stems that drop their last-syllable vowel before a vowel-initial suffix
 * (орын → орны, ауыз → аузы, ерін → ерні): from a surface stem ending in two consonants,
 * the stem with the high vowel restored.
 */
export function restoreLostVowel(form: string): string | null {
  const n = form.length;
  if (n < 3) return null;
  const a = form[n - 2]!;
  const b = form[n - 1]!;
  // у and й before the lost vowel are consonants there (ауыз → аузы)
  if ((isVowel(a) && a !== 'у') || isVowel(b)) return null;
  const v = isBack(form) ? 'ы' : 'і';
  return form.slice(0, -1) + v + b;
}

export const backOrFront = (form: string, back: string, front: string): string =>
  isBack(form) ? back : front;

/**
 * The same form with the harmony of a loanword и read the other way: тарих takes back endings
 * (тарихы) though министр takes front ones (министрі); null when there is no such и.
 */
export function flipLoanI(form: string): string | null {
  const i = loanIAt(form, form.length);
  return i < 0 ? null : form.slice(0, i) + 'ы' + form.slice(i + 1);
}

/**
 * Position of the и that `flipLoanI` would flip in `form.slice(0, end)`, or -1.
 */
export function loanIAt(form: string, end: number): number {
  for (let i = end - 2; i >= 0; i--) {
    const code = form.charCodeAt(i);
    if (code === C_I) return i;
    if ((flags(code) & (F_BACK | F_FRONT)) !== 0) return -1;
  }
  return -1;
}
