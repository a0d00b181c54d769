import { isUpperLetter } from '../text/chars.js';
import { isKnownAnyCase, morphLexicon, type Lexicon } from '../text/lexicon.js';

/** Which Latin alphabet the input uses; `auto` decides from the letters of the whole text. */
export type LatinAlphabet = '2021' | '2018' | '2017' | 'auto';

export interface ToCyrillicOptions {
  readonly from?: LatinAlphabet;
  /** Vocabulary that resolves i (и/й), h (х/һ), ts (тс/ц) and şş (шш/щ); defaults to the analyser. */
  readonly lexicon?: Lexicon;
}

/** One reading position: the Latin it came from and its possible Cyrillic spellings, default first. */
interface Piece {
  readonly options: readonly string[];
  readonly upper: boolean;
}

const COMMON: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  v: 'в',
  z: 'з',
  c: 'с',
  w: 'у',
  x: 'кс',
  é: 'е',
};
const Y2021: Readonly<Record<string, string>> = {
  ä: 'ә',
  ğ: 'ғ',
  ñ: 'ң',
  ö: 'ө',
  ū: 'ұ',
  ü: 'ү',
  ş: 'ш',
  ı: 'і',
  u: 'у',
  y: 'ы',
};
const Y2018: Readonly<Record<string, string>> = {
  á: 'ә',
  ǵ: 'ғ',
  ń: 'ң',
  ó: 'ө',
  ú: 'ү',
  ý: 'у',
  u: 'ұ',
  i: 'і',
  y: 'ы',
};
const Y2017: Readonly<Record<string, string>> = { u: 'ұ', i: 'і', y: 'ы' };
const Y2017_APOSTROPHE: Readonly<Record<string, string>> = {
  a: 'ә',
  g: 'ғ',
  n: 'ң',
  o: 'ө',
  u: 'ү',
  y: 'у',
  s: 'ш',
  c: 'ч',
};

const APOSTROPHES = "'’ʼ`´";

function lowerFor(alphabet: LatinAlphabet, ch: string): string {
  if (ch === 'İ') return 'i';
  if (ch === 'I') return alphabet === '2021' ? 'ı' : 'i';
  return ch.toLowerCase();
}

/**
 * Guesses the Latin alphabet of a text from letters only one of them uses.
 * @example
 * detectLatinAlphabet("Qazaqstan Respy'bli'kasy"); // '2017'
 * detectLatinAlphabet('Qazaqstan Respýblıkasy'); // '2018'
 */
export function detectLatinAlphabet(text: string): Exclude<LatinAlphabet, 'auto'> {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  const y2021 = count(/[äğñöūüşÄĞÑÖŪÜŞİ]/gu);
  const y2018 = count(/[áǵńóúýÁǴŃÓÚÝ]/gu) + count(/sh|Sh|SH/gu) * 0.5;
  const y2017 = count(/[aginouycsAGINOUYCS]['’ʼ]/gu);
  if (y2018 > y2021 && y2018 >= y2017) return '2018';
  if (y2017 > y2021 && y2017 > y2018) return '2017';
  return '2021';
}

function isVowelPiece(p: Piece | undefined): boolean {
  if (!p) return false;
  const c = p.options[0]!;
  return 'аәеиоөуұүыіэюяё'.includes(c[c.length - 1]!) && c !== 'у';
}

function readWord(word: string, alphabet: Exclude<LatinAlphabet, 'auto'>): Piece[] {
  const pieces: Piece[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const raw = chars[i]!;
    const ch = lowerFor(alphabet, raw);
    const upper = isUpperLetter(raw);
    const next = chars[i + 1] !== undefined ? lowerFor(alphabet, chars[i + 1]!) : undefined;
    const afterNext = chars[i + 2] !== undefined ? lowerFor(alphabet, chars[i + 2]!) : undefined;
    if (APOSTROPHES.includes(ch)) continue;
    if (alphabet === '2017' && next !== undefined && APOSTROPHES.includes(next)) {
      if (ch === 'i') {
        pieces.push({ options: iOptions(pieces), upper });
        i++;
        continue;
      }
      const a = Y2017_APOSTROPHE[ch];
      if (a) {
        pieces.push({ options: [a], upper });
        i++;
        continue;
      }
    }
    if (alphabet !== '2017' && (ch === 's' || ch === 'c') && next === 'h') {
      pieces.push({ options: [ch === 's' ? 'ш' : 'ч'], upper });
      i++;
      continue;
    }
    if (alphabet === '2021' && ch === 'ş' && next === 'ş') {
      pieces.push({ options: ['шш', 'щ'], upper });
      i++;
      continue;
    }
    if (ch === 't' && next === 's') {
      pieces.push({ options: ['тс', 'ц'], upper });
      i++;
      continue;
    }
    const iLetter = alphabet === '2021' ? 'i' : 'ı';
    if (ch === iLetter) {
      const prevVowel = pieces.length === 0 || isVowelPiece(pieces[pieces.length - 1]);
      const digraph =
        next === 'a'
          ? 'я'
          : next === 'u' && alphabet === '2021'
            ? 'ю'
            : next === 'o'
              ? 'ё'
              : undefined;
      if (digraph && prevVowel && afterNext !== "'") {
        pieces.push({ options: [digraph], upper });
        i++;
        continue;
      }
      pieces.push({ options: iOptions(pieces), upper });
      continue;
    }
    if (ch === 'h') {
      pieces.push({ options: ['х', 'һ'], upper });
      continue;
    }
    const table = alphabet === '2021' ? Y2021 : alphabet === '2018' ? Y2018 : Y2017;
    const c = table[ch] ?? COMMON[ch];
    if (c === undefined) {
      pieces.push({ options: [raw], upper: false });
      continue;
    }
    pieces.push({ options: [c], upper });
  }
  return pieces;
}

/** и after a consonant or at the start, й after a vowel; the other one as the alternative. */
function iOptions(before: readonly Piece[]): readonly string[] {
  const prevVowel = before.length > 0 && isVowelPiece(before[before.length - 1]);
  return prevVowel ? ['й', 'и'] : ['и', 'й'];
}

function render(pieces: readonly Piece[], choice: readonly number[], allCaps: boolean): string {
  let out = '';
  pieces.forEach((p, i) => {
    const s = p.options[choice[i] ?? 0]!;
    out += allCaps ? s.toUpperCase() : p.upper ? s[0]!.toUpperCase() + s.slice(1) : s;
  });
  return out;
}

const MAX_AMBIGUOUS = 6;

function chooseSpelling(
  pieces: readonly Piece[],
  allCaps: boolean,
  known: (w: string) => boolean,
): string {
  const ambiguous = pieces
    .flatMap((p, i) => (p.options.length > 1 ? [i] : []))
    .slice(0, MAX_AMBIGUOUS);
  const defaults = pieces.map(() => 0);
  const first = render(pieces, defaults, allCaps);
  if (ambiguous.length === 0 || known(first)) return first;
  // Try spellings with fewer departures from the rules first.
  const masks = Array.from({ length: 1 << ambiguous.length }, (_, m) => m).slice(1);
  masks.sort((a, b) => popcount(a) - popcount(b) || a - b);
  for (const mask of masks) {
    const choice = defaults.slice();
    ambiguous.forEach((index, b) => {
      if (mask & (1 << b)) choice[index] = 1;
    });
    const candidate = render(pieces, choice, allCaps);
    if (known(candidate)) return candidate;
  }
  return first;
}

function popcount(n: number): number {
  let c = 0;
  for (let m = n; m; m &= m - 1) c++;
  return c;
}

/**
 * Transliterates Latin Kazakh to Cyrillic. Reads the 2021 alphabet and the 2017 (apostrophes)
 * and 2018 (acute accents, sh, ch) drafts; `from: 'auto'` (the default) tells them apart by the
 * letters they use. Ambiguous letters (i = и/й, h = х/һ, ts = тс/ц) follow spelling rules and
 * the lexicon decides where it knows the word. Non-Latin characters pass through.
 * @example
 * toCyrillic('Bırıkken Ūlttar Ūiymy'); // 'Біріккен Ұлттар Ұйымы'
 * toCyrillic("Qazaqstan Respy'bli'kasy", { from: '2017' }); // 'Қазақстан Республикасы'
 */
export function toCyrillic(text: string, options: ToCyrillicOptions = {}): string {
  const alphabet =
    !options.from || options.from === 'auto' ? detectLatinAlphabet(text) : options.from;
  const lexicon = options.lexicon ?? morphLexicon;
  const cache = new Map<string, boolean>();
  const known = (w: string): boolean => {
    let k = cache.get(w);
    if (k === undefined) cache.set(w, (k = isKnownAnyCase(lexicon, w)));
    return k;
  };
  return text.replace(/[\p{Script=Latin}][\p{Script=Latin}'’ʼ]*/gu, (word) => {
    const trailing = /['’ʼ]+$/u.exec(word)?.[0] ?? '';
    const body = alphabet === '2017' ? word : word.slice(0, word.length - trailing.length);
    const rest = alphabet === '2017' ? '' : trailing;
    const letters = [...body].filter((c) => /\p{L}/u.test(c));
    const allCaps = letters.length > 1 && letters.every((c) => isUpperLetter(c));
    return chooseSpelling(readWord(body, alphabet), allCaps, known) + rest;
  });
}
