import { abbreviationInfo, MAX_ABBREVIATION_PARTS } from './abbreviations.js';
import { LOOKALIKE_PAIRS } from '../normalize/lookalikes.js';
import {
  APOSTROPHE,
  CHAR_CLASS,
  DIGIT,
  HYPHEN,
  LETTER,
  MARK,
  NEWLINE,
  PUNCT,
  SPACE,
} from '../text/chars.js';

/** What a token is. `range` is a numeric range (`2-4`, `1999–2001`); `initial` a capital with a period (`Н.`). */
export type TokenKind =
  'word' | 'number' | 'range' | 'abbreviation' | 'initial' | 'punctuation' | 'symbol';

/** A token with its offsets into the text it came from: `text === source.slice(start, end)`. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

const EN_DASH = 0x2013;
/**
 * Letters after which a word-final apostrophe belongs to the word: those the Latin 2017 draft
 * writes with one (a' g' i' n' o' s' c' u' y': ә ғ и/й ң ө ш ч ү ұ), and every letter the
 * normaliser may turn one of them into or make one of them from (Cyrillic а о с у і, Latin h ı,
 * Greek α ο …), so that normalising a word never changes where it ends.
 */
const DRAFT_2017_LETTERS: ReadonlySet<string> = (() => {
  const set = new Set('agniosucyAGNIOSUCY');
  for (let grown = true; grown;) {
    grown = false;
    for (const [from, to] of LOOKALIKE_PAIRS)
      if (set.has(from) !== set.has(to)) {
        set.add(from).add(to);
        grown = true;
      }
  }
  return set;
})();
const PERIOD = 0x2e;
const NBSP = 0xa0;
const NNBSP = 0x202f;
const PUNCTUATION = /\p{P}/u;
const OTHER_CLASS = 0;

/**
 * The code unit at `i`, or -1 past the end. (`charCodeAt` past the end gives NaN, and each
 * time it did V8 threw away the optimised tokeniser: every line ends there.)
 */
const codeAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);

function isWordCode(c: number): boolean {
  const k = CHAR_CLASS[c];
  return k === LETTER || k === MARK || k === DIGIT;
}

function isLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const k = CHAR_CLASS[text.charCodeAt(i)];
  return k === LETTER || k === MARK;
}

function isDigitAt(text: string, i: number): boolean {
  return i < text.length && CHAR_CLASS[text.charCodeAt(i)] === DIGIT;
}

function isUpperAt(text: string, i: number): boolean {
  if (!isLetterAt(text, i)) return false;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

/** End of a run of letters (with internal hyphens and apostrophes, and digits) starting at `i`. */
function scanWordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (;;) {
    while (j < n && isWordCode(text.charCodeAt(j))) j++;
    if (j >= n) return j;
    const k = CHAR_CLASS[text.charCodeAt(j)];
    if (k === HYPHEN && j + 1 < n && isWordCode(text.charCodeAt(j + 1))) {
      j++;
      continue;
    }
    if (k === APOSTROPHE && j > i) {
      if (j + 1 < n && isWordCode(text.charCodeAt(j + 1))) {
        j++;
        continue;
      }
      // The Latin 2017 draft writes letters with apostrophes (a', g', n'), also at the end of a word.
      if (DRAFT_2017_LETTERS.has(text[j - 1]!)) return j + 1;
    }
    return j;
  }
}

/** If an abbreviation with periods starts at `i` (word ends at `wordEnd`), returns its end. */
function scanAbbreviation(text: string, i: number, wordEnd: number): number {
  let bare = text.slice(i, wordEnd);
  let k = wordEnd;
  let best = -1;
  for (let part = 0; part < MAX_ABBREVIATION_PARTS; part++) {
    let dot = k;
    // A line break may fall inside an abbreviation (`т` / `.б.`).
    if (part > 0 || bare.length === 1) {
      if (codeAt(text, dot) === 0x0d && codeAt(text, dot + 1) === 0x0a) dot += 2;
      else if (codeAt(text, dot) === 0x0a) dot += 1;
      if (dot !== k && (codeAt(text, dot) !== PERIOD || !isLetterAt(text, dot + 1))) dot = k;
    }
    if (codeAt(text, dot) !== PERIOD) break;
    if (dot === k && abbreviationInfo(bare)) best = dot + 1;
    if (!isLetterAt(text, dot + 1)) break;
    let m = dot + 1;
    while (m < text.length && isLetterAt(text, m)) m++;
    if (m - dot - 1 > 4) break;
    bare += '.' + text.slice(dot + 1, m);
    k = m;
  }
  if (codeAt(text, k) === PERIOD && k > wordEnd && abbreviationInfo(bare)) best = k + 1;
  return best;
}

function isInitial(text: string, i: number, wordEnd: number): boolean {
  if (wordEnd - i !== 1 || codeAt(text, wordEnd) !== PERIOD || !isUpperAt(text, i)) return false;
  let j = wordEnd + 1;
  if (codeAt(text, j) === 0x20 || codeAt(text, j) === NBSP) j++;
  return isUpperAt(text, j);
}

function scanDigits(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && CHAR_CLASS[text.charCodeAt(j)] === DIGIT) j++;
  for (;;) {
    const c = codeAt(text, j);
    if ((c === PERIOD || c === 0x2c) && isDigitAt(text, j + 1)) {
      j++;
      while (j < n && CHAR_CLASS[text.charCodeAt(j)] === DIGIT) j++;
      continue;
    }
    if (
      (c === NBSP || c === NNBSP) &&
      isDigitAt(text, j + 1) &&
      isDigitAt(text, j + 2) &&
      isDigitAt(text, j + 3) &&
      !isDigitAt(text, j + 4)
    ) {
      j += 4;
      continue;
    }
    return j;
  }
}

/**
 * Splits text into tokens with offsets into the original. Hyphenated words (`қару-жарақ`,
 * `АҚШ-тың`, `11-күні`), numbers and ranges (`2-4`, `1999–2001`), abbreviations (`т.б.`, `млн.`,
 * even across a line break), initials (`Н.`) and glued sentences (`қабылданды.Азия`) come out right.
 * Whitespace is not returned.
 * @example
 * tokens('БҰҰ-ның 2-4 қыркүйек т.б.').map((t) => t.text); // ['БҰҰ-ның', '2-4', 'қыркүйек', 'т.б.']
 */
export function tokens(text: string): readonly Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = CHAR_CLASS[c];
    if (k === SPACE || k === NEWLINE) {
      i++;
      continue;
    }
    if (k === LETTER || k === MARK) {
      const end = scanWordEnd(text, i);
      if (
        codeAt(text, end) === PERIOD ||
        (end - i === 1 && (codeAt(text, end) === 0x0a || codeAt(text, end) === 0x0d))
      ) {
        if (isInitial(text, i, end)) {
          out.push({ text: text.slice(i, end + 1), start: i, end: end + 1, kind: 'initial' });
          i = end + 1;
          continue;
        }
        const abbrEnd = scanAbbreviation(text, i, end);
        if (abbrEnd > 0) {
          out.push({ text: text.slice(i, abbrEnd), start: i, end: abbrEnd, kind: 'abbreviation' });
          i = abbrEnd;
          continue;
        }
      }
      out.push({ text: text.slice(i, end), start: i, end, kind: 'word' });
      i = end;
      continue;
    }
    if (k === DIGIT) {
      let end = scanDigits(text, i);
      let kind: TokenKind = 'number';
      const d = codeAt(text, end);
      if (((d >= 0 && CHAR_CLASS[d] === HYPHEN) || d === EN_DASH) && isDigitAt(text, end + 1)) {
        end = scanDigits(text, end + 1);
        kind = 'range';
      }
      const e = codeAt(text, end);
      if (
        (e >= 0 && CHAR_CLASS[e] === HYPHEN && isLetterAt(text, end + 1)) ||
        isLetterAt(text, end)
      )
        end = scanWordEnd(text, end);
      out.push({ text: text.slice(i, end), start: i, end, kind });
      i = end;
      continue;
    }
    let end = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && end < n) end++;
    else if (c === PERIOD || c === 0x21 || c === 0x3f || c === 0x2026) {
      while (end < n) {
        const d = text.charCodeAt(end);
        if (d === PERIOD || d === 0x21 || d === 0x3f || d === 0x2026) end++;
        else break;
      }
    }
    const surface = text.slice(i, end);
    const punctuation =
      k === PUNCT ||
      k === HYPHEN ||
      k === APOSTROPHE ||
      (k !== OTHER_CLASS && PUNCTUATION.test(surface));
    out.push({ text: surface, start: i, end, kind: punctuation ? 'punctuation' : 'symbol' });
    i = end;
  }
  return out;
}
