import { lemmas } from '@senim/kazakh';

export interface Snippet {
  snippet: string;
  highlights: [number, number][];
}

const BEFORE = 90;
const LENGTH = 280;

/**
 * A Kazakh snippet: PostgreSQL cannot highlight lexemes it did not make, so the words are
 * lemmatised again here and those whose lemma or form the query holds are marked, along with the
 * spans of entities the query named. The window starts a little before the first match.
 */
export function kazakhSnippet(
  text: string,
  lexemes: ReadonlySet<string>,
  entitySpans: readonly [number, number][],
): Snippet {
  const marks: [number, number][] = [...entitySpans];
  for (const token of lemmas(text)) {
    if (lexemes.has(token.lemma.toLowerCase()) || lexemes.has(token.normalized.toLowerCase()))
      marks.push([token.start, token.end]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - BEFORE);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + LENGTH);
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '… ' : '';
  const body = text.slice(start, end).replace(/\s/g, ' ');
  const highlights: [number, number][] = [];
  for (const [s, e] of marks) {
    if (s < start || e > end) continue;
    const from = s - start + prefix.length;
    const last = highlights.at(-1);
    if (last && from < last[1]) continue;
    highlights.push([from, e - start + prefix.length]);
  }
  return { snippet: prefix + body + (end < text.length ? ' …' : ''), highlights };
}

const START_MARK = '\u0002';
const STOP_MARK = '\u0003';
/** ts_headline's options: matches wrapped in control characters that no document text contains. */
export const HEADLINE_OPTIONS = `StartSel=${START_MARK}, StopSel=${STOP_MARK}, MaxWords=40, MinWords=18, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** Turns ts_headline's marked text into plain text with highlight offsets. */
export function fromHeadline(marked: string): Snippet {
  let snippet = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === START_MARK) open = snippet.length;
    else if (ch === STOP_MARK) {
      if (open >= 0) highlights.push([open, snippet.length]);
      open = -1;
    } else snippet += /\s/.test(ch) ? ' ' : ch;
  }
  return { snippet, highlights };
}
