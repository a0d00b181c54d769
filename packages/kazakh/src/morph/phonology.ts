/**
 * Sound classes that drive Kazakh suffix allomorphy: vowel harmony (back/front) and the
 * class of the last sound, which decides a suffix's initial consonant.
 */

const VOWELS = new Set('аәеиоөұүыіэюяёу');
const BACK_VOWELS = new Set('аоұыя');
const FRONT_VOWELS = new Set('әеөіүэ');
const VOICELESS = new Set('кқпстфхцчшщһбвгдғ');

/**
 * Class of the last sound of a (partial) word form:
 * V vowel, R sonorant р й у, L л, N nasal м н ң, Z з ж, K voiceless (and final б в г д ғ, devoiced).
 */
export type SoundClass = 'V' | 'R' | 'L' | 'N' | 'Z' | 'K';

export function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

export function soundClass(form: string): SoundClass {
  // a final soft sign is silent: the letter before it decides (фестиваль → фестивальдер)
  if (form.endsWith('ь')) return soundClass(form.slice(0, -1));
  const ch = form[form.length - 1];
  if (ch === undefined) return 'V';
  // final и is read ий (Чейнидің, Тбилисиге, киеді)
  if (ch === 'у' || ch === 'р' || ch === 'й' || ch === 'ю' || ch === 'и') return 'R';
  if (VOWELS.has(ch)) return 'V';
  if (ch === 'л') return 'L';
  if (ch === 'м' || ch === 'н' || ch === 'ң') return 'N';
  if (ch === 'з' || ch === 'ж') return 'Z';
  if (VOICELESS.has(ch)) return 'K';
  return 'K';
}

/** True when suffixes after `form` take back vowels (а, ы); у, ю and final и are neutral and look further left. */
export function isBack(form: string): boolean {
  // a final soft sign makes the word front (кинофестивальдер, стильдер)
  if (form.endsWith('ь')) return false;
  let sawI = false;
  for (let i = form.length - 1; i >= 0; i--) {
    const ch = form[i]!;
    if (BACK_VOWELS.has(ch)) return true;
    // е right after a back vowel is read [je] and follows that vowel (Назарбаевтың, Тоқаевқа)
    if (ch === 'е' && i > 0 && BACK_VOWELS.has(form[i - 1]!)) continue;
    if (FRONT_VOWELS.has(ch)) return false;
    // и before a consonant is front (loanwords: министрі, командирі); stem-final и stands
    // for ый/ій and is neutral (жыми → жымиды, оқи → оқиды)
    if (ch === 'и' && i < form.length - 1) return false;
    if (ch === 'и') sawI = true;
    // у between consonants is the vowel [u] of loanwords (ресурстар, институты); elsewhere it
    // is a glide or the verbal noun and neutral (тау, келуі)
    if (
      ch === 'у' &&
      i > 0 &&
      i < form.length - 1 &&
      !VOWELS.has(form[i - 1]!) &&
      !VOWELS.has(form[i + 1]!)
    )
      return true;
  }
  // a stem whose only vowel is и is front (ки → киген, ти → тиді)
  return !sawI;
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
  for (let i = form.length - 2; i >= 0; i--) {
    const ch = form[i]!;
    if (ch === 'и') return form.slice(0, i) + 'ы' + form.slice(i + 1);
    if (BACK_VOWELS.has(ch) || FRONT_VOWELS.has(ch)) return null;
  }
  return null;
}
