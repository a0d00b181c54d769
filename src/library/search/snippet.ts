import { lemmas } from '@senim/kazakh';

export interface Snippet {
  snippet: string;
  highlights: [number, number][];
}

const BEFORE = 90;
/** The stretch of text lemmatised around the first likely match. */
const WINDOW = 800;
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
  const mark = (from: number, to: number) => {
    for (const token of lemmas(text.slice(from, to)))
      if (lexemes.has(token.lemma.toLowerCase()) || lexemes.has(token.normalized.toLowerCase()))
        marks.push([from + token.start, from + token.end]);
  };
  // Lemmatising a whole document for ten results would cost more than the search itself. A
  // Kazakh word keeps its stem at the front, so the first place a query stem appears (or a named
  // entity) is looked at first; the whole text only when nothing matched there.
  const near = firstStem(text.toLowerCase(), lexemes, entitySpans);
  if (near >= 0) mark(Math.max(0, near - WINDOW / 2), Math.min(text.length, near + WINDOW));
  if (marks.length === 0) mark(0, text.length);
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

/** Where a query stem (its first five letters) or a named entity first appears; -1 if nowhere. */
function firstStem(
  lower: string,
  lexemes: ReadonlySet<string>,
  entitySpans: readonly [number, number][],
): number {
  let first = entitySpans.reduce((min, [s]) => (min < 0 || s < min ? s : min), -1);
  for (const lexeme of lexemes) {
    if (lexeme.length < 3) continue;
    const at = lower.indexOf(lexeme.slice(0, 5));
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
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
