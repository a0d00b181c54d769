/**
 * Abbreviations written with periods. Keys are the lower-cased surface without the final period
 * (`т.б` for `т.б.`). `endsSentence` says whether the abbreviation often closes a sentence, so
 * that a following capital may start a new one (`... Қытай т.б. Келесі ...`).
 */
export interface AbbreviationInfo {
  readonly endsSentence: boolean;
}

const CLOSING: readonly string[] = ['т.б', 'т.с.с', 'т.т', 'etc', 'и.т.д', 'и т.д', 'и т.п'];
const INNER: readonly string[] = [
  'ж',
  'жж',
  'ж.ж',
  'б.з.б',
  'б.з',
  'б.з.д',
  'ғ',
  'ғғ',
  'млн',
  'млрд',
  'трлн',
  'мысалы',
  'қ',
  'обл',
  'проф',
  'акад',
  'доц',
  'т.ғ.к',
  'т.ғ.д',
  'з.ғ.к',
  'з.ғ.д',
  'ф.ғ.к',
  'ф.ғ.д',
  'с.ғ.к',
  'с.ғ.д',
  'б',
  'ст',
  'г',
  'гг',
  'т.е',
  'км',
  'кг',
  'тг',
  'долл',
  'корр',
  'е.ж',
  'No',
  'vs',
  'Mr',
  'Mrs',
  'Dr',
  'e.g',
  'i.e',
  'U.S',
  'U.N',
];

const TABLE: ReadonlyMap<string, AbbreviationInfo> = new Map<string, AbbreviationInfo>([
  ...CLOSING.map((a) => [a.toLowerCase(), { endsSentence: true }] as [string, AbbreviationInfo]),
  ...INNER.map((a) => [a.toLowerCase(), { endsSentence: false }] as [string, AbbreviationInfo]),
]);

/** Looks up an abbreviation by its surface without the last period (`т.б`, `млн`). */
export function abbreviationInfo(bare: string): AbbreviationInfo | undefined {
  return TABLE.get(bare.toLowerCase());
}

/** Longest abbreviation has this many period-separated parts. */
export const MAX_ABBREVIATION_PARTS = 3;
