import { abbreviationInfo } from './abbreviations.js';
import { tokens, type Token } from './tokens.js';

/** A sentence with offsets into the original text; `text` is the original surface (it may span lines). */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TERMINAL = /^[.!?…]+$/u;
const CLOSERS = new Set(['»', '"', '”', '’', ')', ']', "'"]);

function startsSentence(token: Token): boolean {
  if (token.kind === 'number' || token.kind === 'range' || token.kind === 'initial') return true;
  const first = token.text[0]!;
  if (token.kind === 'punctuation')
    return (
      first === '«' ||
      first === '"' ||
      first === '“' ||
      first === '—' ||
      first === '–' ||
      first === '(' ||
      first === '-'
    );
  return first !== first.toLowerCase();
}

function hasBlankLineBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (++newlines >= 2) return true;
    } else if (c !== 0x0d && c !== 0x20 && c !== 0x09) newlines = 0;
  }
  return false;
}

/**
 * Splits text into sentences. A period, `!`, `?` or `…` ends a sentence when a capital, a number
 * or an opening quote follows (also with no space: `қабылданды.Азия`); abbreviations (`ж.`,
 * `млн.`, `б.з.б.`) and initials (`Н.Назарбаев`) do not, except `т.б.` and `т.с.с.` before a
 * capital. A blank line always ends a sentence.
 * @example
 * sentences('Келісім 1992 ж. қабылданды.Азия елдері қосылды.').map((s) => s.text); // ['Келісім 1992 ж. қабылданды.', 'Азия елдері қосылды.']
 */
export function sentences(text: string): readonly Sentence[] {
  return sentencesOfTokens(text, tokens(text));
}

/** {@link sentences} over tokens already computed for `text`. */
export function sentencesOfTokens(text: string, toks: readonly Token[]): readonly Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    const start = toks[first]!.start;
    const end = toks[last]!.end;
    out.push({ text: text.slice(start, end), start, end });
    first = last + 1;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1];
    if (!next) break;
    if (hasBlankLineBetween(text, t.end, next.start)) {
      close(i);
      continue;
    }
    let boundary = false;
    if (t.kind === 'punctuation' && TERMINAL.test(t.text)) {
      let j = i + 1;
      while (j < toks.length && CLOSERS.has(toks[j]!.text) && toks[j]!.start === toks[j - 1]!.end)
        j++;
      const after = toks[j];
      if (!after) {
        i = j - 1;
        break;
      }
      if (
        startsSentence(after) &&
        !(
          t.text === '.' &&
          after.kind === 'word' &&
          t.start === toks[i - 1]?.end &&
          isInitialLike(toks[i - 1])
        )
      ) {
        i = j - 1;
        boundary = true;
      }
    } else if (t.kind === 'abbreviation') {
      const info = abbreviationInfo(t.text.replace(/\s+/gu, '').replace(/\.$/u, ''));
      boundary = info?.endsSentence === true && next.kind === 'word' && startsSentence(next);
    }
    if (boundary) close(i);
  }
  if (first < toks.length) close(toks.length - 1);
  return out;
}

function isInitialLike(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    token.text.length === 1 &&
    token.text !== token.text.toLowerCase()
  );
}
