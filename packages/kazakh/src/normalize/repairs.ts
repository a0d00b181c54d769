import { isUpperLetter } from '../text/chars.js';
import { isNumeralEnding, isSuffixChain } from '../text/suffixes.js';
import { ocrCandidates } from './ocr.js';

/** A word-validity test with case folding and caching, built once per normalisation. */
export type Known = (word: string) => boolean;
/** True if the word is a dictionary form (its own lemma). */
export type IsLemma = (word: string) => boolean;

/** Clitics, particles and postpositions that follow a word after a space and must stay apart. */
const PROTECTED_RIGHT = new Set([
  'да',
  'де',
  'та',
  'те',
  'ма',
  'ме',
  'ба',
  'бе',
  'па',
  'пе',
  'мен',
  'бен',
  'пен',
  'не',
  'ғой',
  'ше',
  'ақ',
  'ау',
  'әй',
  'ей',
  'және',
  'мен',
  'сен',
  'ол',
  'біз',
  'сіз',
  'ел',
  'жер',
  'бар',
  'жоқ',
  'ал',
  'бір',
  'екі',
  'үш',
  'он',
  'жыл',
  'ай',
  'күн',
  'сияқты',
  'үшін',
  'туралы',
  'арқылы',
  'бойынша',
  'кейін',
  'дейін',
  'соң',
  'бері',
  'қарай',
  'шейін',
  'тағы',
  'ғана',
  'қана',
]);

const NUMERALS = [
  'бір',
  'екі',
  'үш',
  'төрт',
  'бес',
  'алты',
  'жеті',
  'сегіз',
  'тоғыз',
  'он',
  'жиырма',
  'отыз',
  'қырық',
  'елу',
  'алпыс',
  'жетпіс',
  'сексен',
  'тоқсан',
  'жүз',
  'мың',
];

/** Pair words that are written with a hyphen and whose halves need not be words on their own. */
const PAIR_WORDS: ReadonlyMap<string, string> = new Map(
  [
    'қару-жарақ',
    'іс-қимыл',
    'қауіп-қатер',
    'кез-келген',
    'іс-шара',
    'ата-ана',
    'бала-шаға',
    'өзара-тиімді',
    'әлеуметтік-экономикалық',
    'саяси-экономикалық',
    'әскери-саяси',
    'ғылыми-техникалық',
    'сауда-экономикалық',
    'мәдени-гуманитарлық',
    'әскери-техникалық',
    'құқық-қорғау',
    'қоғамдық-саяси',
    'ұйымдастыру-құқықтық',
    'халықаралық-құқықтық',
    'бейбітшілік-сүйгіш',
    'ақпараттық-коммуникациялық',
    'тау-кен',
    'мұнай-газ',
    'жол-көлік',
  ].flatMap((p) => [[p.replace('-', ''), p] as const]),
);

/** Two or more capitals and ending in a capital (`БҰҰ`, `ТүркПА`, `NATO`). */
export function isAcronym(s: string): boolean {
  // (the last letter first: most words end in a small letter, and this spares the loop)
  if (s.length === 0 || !isUpperLetter(s[s.length - 1]!)) return false;
  let upper = 0;
  for (const ch of s) {
    if (isUpperLetter(ch)) upper++;
    else if (ch === ch.toUpperCase() && !/\d/u.test(ch)) return false;
  }
  return upper >= 2;
}

const MAX_REPAIRS = 3;
/**
 * A genitive after the 3rd-person possessive of a vowel stem (-сының), a plural (-лардың) or
 * both (-лерінің). (Not after the possessive of a consonant stem: `желінін` is желін, udder, in
 * the accusative, as likely as желі + a genitive that lost its ң.)
 */
const GENITIVE_AFTER_SUFFIX = /(?:с[ыі]н[ыі]ң|[лдт][ае]рд[ыі]ң|[лдт][ае]р[ыі]н[ыі]ң)$/u;
/** Longer "words" are not Kazakh words (URLs, run-together text); searching them is costly and pointless. */
const MAX_WORD = 40;

function countNg(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === 'ң') n++;
  return n;
}

function isDigits(s: string): boolean {
  return /^\d+$/u.test(s);
}

/** Chooses the repair of `lower` that `valid` accepts with the fewest changes, if it is unique. */
export function bestRepair(
  lower: string,
  valid: (w: string) => boolean,
  finalNg = false,
): string | undefined {
  let found: string | undefined;
  let foundChanges = Infinity;
  let foundHarmonic = false;
  let ambiguous = false;
  for (const c of ocrCandidates(lower)) {
    if (c.changes > foundChanges || c.changes > MAX_REPAIRS) break;
    // н is the commonest letter to be right: repairing more than one н→ң in a word is a guess.
    if (countNg(c.word) - countNg(lower) > 1) continue;
    // A final н is always a possible ending (accusative -н, -ын/-ін): `алдын` is not `алдың`.
    // After a possessive or a plural the accusative is -н alone, so -ынын, -лардын can only be a
    // genitive that lost its ң (`Федерациясынын`, `қалалардын`).
    if (
      !finalNg &&
      lower.endsWith('н') &&
      c.word.endsWith('ң') &&
      !GENITIVE_AFTER_SUFFIX.test(c.word)
    )
      continue;
    if (!valid(c.word)) continue;
    if (found === undefined || (c.harmonic && !foundHarmonic)) {
      found = c.word;
      foundChanges = c.changes;
      foundHarmonic = c.harmonic;
      ambiguous = false;
    } else if (c.harmonic === foundHarmonic) ambiguous = true;
  }
  return ambiguous ? undefined : found;
}

/**
 * Should `left right` (separated by a space) be one word? Only when the joined word is known and
 * a part is not a word on its own or the right part is a bare suffix chain; particles and
 * postpositions (`да`, `мен`, `пен`) never join. Returns the joined form or undefined.
 */
export function joinSplit(left: string, right: string, known: Known): string | undefined {
  if (left.includes('-') || right.includes('-') || /\d/u.test(right)) return undefined;
  const rl = right.toLowerCase();
  if (PROTECTED_RIGHT.has(rl) || right[0] !== rl[0]) return undefined;
  if (isAcronym(left) || isDigits(left)) {
    return isSuffixChain(rl) && rl.length <= 6 ? `${left}-${right}` : undefined;
  }
  if (/\d/u.test(left)) return undefined;
  // Two words that are both known stay apart unless the right one is a bare suffix chain; asking
  // about the parts first (words of the text, mostly known already) spares analysing the joined
  // string of nearly every pair of neighbours.
  if (known(left) && known(right) && !isSuffixChain(rl)) return undefined;
  const joined = left + right;
  return known(joined) ? joined : undefined;
}

/**
 * Removes a hyphen left from an old line break (`қауіп-сіздік` → `қауіпсіздік`) while keeping
 * real hyphenated words (`қауіп-қатер`, `АҚШ-тың`, `11-күні`). Returns the new form or undefined.
 */
export function joinLineBreakHyphen(word: string, known: Known): string | undefined {
  const parts = word.split('-');
  if (parts.length !== 2) return undefined;
  const [left, right] = parts as [string, string];
  if (
    left.length === 0 ||
    right.length === 0 ||
    isAcronym(left) ||
    /\d/u.test(left) ||
    /\d/u.test(right)
  )
    return undefined;
  if (right[0] !== right[0]!.toLowerCase()) return undefined;
  if (PAIR_WORDS.has((left + right).toLowerCase())) return undefined;
  const joined = left + right;
  if (!known(joined)) return undefined;
  // A bare suffix after a hyphen is never a word of its own (`ұйым-дар`), whatever the analyser says.
  if (isSuffixChain(right.toLowerCase())) return joined;
  // A real hyphenated word has two real halves (`қауіп-қатер`); the analyser's verdict on the
  // whole hyphenated form is not used, as it may rest on the last half alone.
  if (!known(right) || !known(left)) return joined;
  return undefined;
}

/**
 * Restores a lost hyphen: abbreviation + ending (`ҰҚШҰның`), numeral + ending (`21ші`) and pair
 * words (`саясиэкономикалық`). Endings damaged by OCR are repaired on the way (`НАТОга`).
 */
export function restoreHyphen(word: string, known: Known): string | undefined {
  const numeral = /^(\d+)(\p{Ll}+)$/u.exec(word);
  if (numeral) {
    const ending = repairEnding(numeral[2]!, isNumeralEnding);
    if (ending) return `${numeral[1]}-${ending}`;
    // An ordinal glued to its noun (`90жылдары`, `75сессиясы`); a year before a noun is written
    // with a space instead (`2017 жылы`), so four-digit numbers are left alone.
    return numeral[1]!.length <= 3 && known(numeral[2]!)
      ? `${numeral[1]}-${numeral[2]}`
      : undefined;
  }
  const acronym = /^(.*\p{Lu})(\p{Ll}+)$/u.exec(word);
  if (acronym && isAcronym(acronym[1]!)) {
    const ending = repairEnding(acronym[2]!, (e) => isSuffixChain(e) && e.length <= 8);
    return ending ? `${acronym[1]}-${ending}` : undefined;
  }
  if (word.length < 6 || word.length > MAX_WORD || known(word)) return undefined;
  const lower = word.toLowerCase();
  const pair = PAIR_WORDS.get(lower);
  if (pair) return word[0] !== lower[0] ? pair[0]!.toUpperCase() + pair.slice(1) : pair;
  let found: string | undefined;
  for (let i = 2; i <= lower.length - 2; i++) {
    const l = lower.slice(0, i);
    const r = lower.slice(i);
    const numerals = NUMERALS.includes(l) && NUMERALS.includes(r);
    const adjectives =
      l.length >= 4 &&
      r.length >= 5 &&
      /(?:и|лық|лік|дық|дік|тық|тік)$/u.test(l) &&
      /(?:и|лық|лік|дық|дік|тық|тік)$/u.test(r) &&
      known(l) &&
      known(r);
    if (numerals || adjectives) {
      if (found !== undefined) return undefined;
      found = `${word.slice(0, i)}-${word.slice(i)}`;
    }
  }
  return found;
}

/**
 * A known dictionary stem of four or more letters followed by a regular ending of two or more
 * letters (`банк·ін`) is a valid word even if the analyser misses it; repairing it would only
 * swap one ending for another (`банкің`).
 */
function isStemPlusEnding(lower: string, known: Known, isLemma: IsLemma): boolean {
  for (let i = lower.length - 2; i >= 4; i--) {
    const stem = lower.slice(0, i);
    if (isSuffixChain(lower.slice(i)) && known(stem) && isLemma(stem)) return true;
  }
  return false;
}

/** An ending that is valid as written or after one unique OCR repair. */
function repairEnding(ending: string, valid: (e: string) => boolean): string | undefined {
  if (valid(ending)) return ending;
  // An ending that is not a valid chain as written may have lost a final ң (`ҰҚШҰнын`).
  return bestRepair(ending, valid, true);
}

/**
 * Repairs OCR letter confusions in a word the lexicon does not know, if exactly one least-changed
 * repair is known. Hyphenated words are repaired part by part; all-capital acronyms are left alone.
 */
export function repairLetters(
  word: string,
  known: Known,
  isLemma: IsLemma = () => true,
): string | undefined {
  if (word.includes('-')) {
    const parts = word.split('-');
    const first = parts[0]!;
    if (isAcronym(first) || /^\d+$/u.test(first)) {
      if (parts.length !== 2) return undefined;
      const ending = parts[1]!;
      if (ending !== ending.toLowerCase()) return undefined;
      const fixed = repairEnding(ending, (e) => isSuffixChain(e) || isNumeralEnding(e) || known(e));
      return fixed && fixed !== ending ? `${first}-${fixed}` : undefined;
    }
    // Parts are judged on their own: the analyser may accept a hyphenated form by its last part.
    let changed = false;
    const fixed = parts.map((p) => {
      const r = p.length > 1 && !known(p) ? repairLetters(p, known, isLemma) : undefined;
      if (r) changed = true;
      return r ?? p;
    });
    return changed ? fixed.join('-') : undefined;
  }
  if (
    /[\d\p{Script=Latin}]/u.test(word) ||
    isAcronym(word) ||
    word.length < 2 ||
    word.length > MAX_WORD
  )
    return undefined;
  if (known(word)) return undefined;
  const lower = word.toLowerCase();
  if (isStemPlusEnding(lower, known, isLemma)) return undefined;
  // A repair may also land on a known stem plus a regular ending the analyser misses (`шекара·лық`).
  const repaired = bestRepair(lower, (w) => known(w) || isStemPlusEnding(w, known, isLemma));
  if (!repaired) return undefined;
  let out = '';
  for (let i = 0; i < word.length; i++)
    out += isUpperLetter(word[i]!) ? repaired[i]!.toUpperCase() : repaired[i]!;
  return out;
}
