import { isUpperLetter } from '../text/chars.js';

/** Cyrillic letters with no letter of their own in the 2021 alphabet. */
export type LoanLetter = 'ц' | 'ч' | 'щ' | 'ё' | 'ю' | 'я' | 'э' | 'ъ' | 'ь';

/** The common choices for the letters the 2021 alphabet leaves open; override any of them. */
export const DEFAULT_LOAN_TABLE: Readonly<Record<LoanLetter, string>> = Object.freeze({
  ц: 'ts',
  ч: 'ch',
  щ: 'şş',
  ё: 'io',
  ю: 'iu',
  я: 'ia',
  э: 'e',
  ъ: '',
  ь: '',
});

const KAZAKH: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ш: 'ş',
  ы: 'y',
  і: 'ı',
};

export interface ToLatinOptions {
  /** Spelling of ц ч щ ё ю я э ъ ь; unspecified letters use {@link DEFAULT_LOAN_TABLE}. */
  readonly loanLetters?: Partial<Readonly<Record<LoanLetter, string>>>;
}

/**
 * Turkic upper case for Latin Kazakh: `i` → `İ`, `ı` → `I`; everything else as usual.
 * @example
 * turkicUpper('ıi'); // 'Iİ'
 */
export function turkicUpper(s: string): string {
  let out = '';
  for (const ch of s) out += ch === 'i' ? 'İ' : ch === 'ı' ? 'I' : ch.toUpperCase();
  return out;
}

/**
 * Turkic lower case for Latin Kazakh: `İ` → `i`, `I` → `ı`.
 * @example
 * turkicLower('İI'); // 'iı'
 */
export function turkicLower(s: string): string {
  let out = '';
  for (const ch of s) out += ch === 'İ' ? 'i' : ch === 'I' ? 'ı' : ch.toLowerCase();
  return out;
}

/**
 * Transliterates Kazakh Cyrillic to the official 2021 Latin alphabet with Turkic case
 * (і → ı/I, и and й → i/İ). Characters that are not Kazakh Cyrillic pass through.
 * @example
 * toLatin('Біріккен Ұлттар Ұйымы'); // 'Bırıkken Ūlttar Ūiymy'
 * toLatin('ИРАН'); // 'İRAN'
 * toLatin('Цюрих', { loanLetters: { 'ц': 'c' } }); // 'Ciurih'
 */
export function toLatin(text: string, options: ToLatinOptions = {}): string {
  const loans = { ...DEFAULT_LOAN_TABLE, ...options.loanLetters };
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    const mapped = KAZAKH[lower] ?? (loans as Record<string, string | undefined>)[lower];
    if (mapped === undefined) {
      out += ch;
      continue;
    }
    if (lower === ch) {
      out += mapped;
      continue;
    }
    if (mapped.length <= 1) {
      out += turkicUpper(mapped);
      continue;
    }
    // A capital that becomes two letters: all capitals inside an all-capital word, else only the first.
    const next = text[i + 1];
    const prev = text[i - 1];
    const allCaps =
      next !== undefined && isUpperLetter(next)
        ? true
        : next !== undefined && /\p{L}/u.test(next)
          ? false
          : prev !== undefined && isUpperLetter(prev);
    out += allCaps ? turkicUpper(mapped) : turkicUpper(mapped[0]!) + mapped.slice(1);
  }
  return out;
}
