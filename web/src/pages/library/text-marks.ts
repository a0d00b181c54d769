/** A stretch of text by offsets, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A piece of a snippet: plain, or one of the matches the search found. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Cuts a snippet at its highlights, so matches can be rendered as `<mark>` without HTML strings.
 * Overlapping or out-of-range highlights are clipped.
 *
 * snippetParts('мемлекеттер қауіпсіздігі', [[12, 24]])
 * // [{ text: 'мемлекеттер ', match: false }, { text: 'қауіпсіздігі', match: true }]
 */
export function snippetParts(
  snippet: string,
  highlights: readonly (readonly [number, number])[],
): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [from, to] of [...highlights].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(from, at);
    const end = Math.min(to, snippet.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: snippet.slice(at, start), match: false });
    parts.push({ text: snippet.slice(start, end), match: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), match: false });
  return parts;
}

/** A piece of the document: between sentences, or a sentence cut at its marks. */
export type Block<M extends Span> =
  | { kind: 'gap'; start: number; end: number }
  | { kind: 'sentence'; start: number; end: number; pieces: Piece<M>[] };

/** A stretch of a sentence, carrying the mark (a date, a name) that covers it, if any. */
export interface Piece<M extends Span> {
  start: number;
  end: number;
  mark: M | null;
}

/**
 * Lays a document out as sentences and the text between them; each sentence is cut at the marks
 * inside it. Marks that overlap one already placed are left out, so nothing is marked twice.
 */
export function layoutText<M extends Span>(
  length: number,
  sentences: readonly Span[],
  marks: readonly M[],
): Block<M>[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks: Block<M>[] = [];
  let at = 0;
  for (const sentence of [...sentences].sort((a, b) => a.start - b.start)) {
    const start = Math.max(sentence.start, at);
    const end = Math.min(sentence.end, length);
    if (end <= start) continue;
    if (start > at) blocks.push({ kind: 'gap', start: at, end: start });
    blocks.push({ kind: 'sentence', start, end, pieces: cut(start, end, sorted) });
    at = end;
  }
  if (at < length) blocks.push({ kind: 'gap', start: at, end: length });
  return blocks;
}

function cut<M extends Span>(start: number, end: number, marks: readonly M[]): Piece<M>[] {
  const pieces: Piece<M>[] = [];
  let at = start;
  for (const mark of marks) {
    if (mark.start < at || mark.end > end || mark.end <= mark.start) continue;
    if (mark.start > at) pieces.push({ start: at, end: mark.start, mark: null });
    pieces.push({ start: mark.start, end: mark.end, mark });
    at = mark.end;
  }
  if (at < end) pieces.push({ start: at, end, mark: null });
  return pieces;
}

/** A stretch of text, plain or one normalisation change (clipped to the stretch). */
export type ChangePart<C extends Span> =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'change'; start: number; end: number; change: C };

/**
 * Cuts [start, end) at the changes that begin inside it. An insertion (start === end, a lost
 * hyphen) belongs to the stretch it stands at the beginning of, or to the last one.
 */
export function changeParts<C extends Span>(
  start: number,
  end: number,
  changes: readonly C[],
  isLast = false,
): ChangePart<C>[] {
  const parts: ChangePart<C>[] = [];
  let at = start;
  const inside = changes
    .filter((c) => c.start >= start && (c.start < end || (isLast && c.start === end)))
    .sort((a, b) => a.start - b.start);
  for (const change of inside) {
    if (change.start < at) continue;
    if (change.start > at) parts.push({ kind: 'text', start: at, end: change.start });
    const to = Math.min(change.end, end);
    parts.push({ kind: 'change', start: change.start, end: to, change });
    at = to;
  }
  if (at < end) parts.push({ kind: 'text', start: at, end });
  return parts;
}

/** The sentence a hash names (`#s-123` → 123), or null. */
export function sentenceOfHash(hash: string): number | null {
  const match = /^#s-(\d+)$/.exec(hash);
  return match ? Number(match[1]) : null;
}

/**
 * Where a timeline event confirmed from the library came from: `library:<document>#<start>-<end>`
 * → the reader's address of that sentence; null for any other source.
 */
export function librarySourcePath(source: string | undefined): string | null {
  const match = /^library:([0-9a-f-]+)#(\d+)-(\d+)$/i.exec(source ?? '');
  return match ? `/library/${match[1]}#s-${match[2]}` : null;
}

/**
 * The registry page of an actor, by what the registry knows it as: a state's or an organisation's
 * page, a body's events on the timeline (bodies are listed on their organisation's page, which
 * links them there too); none for anything else.
 */
export function actorPath(kind: string | null, id: string): string | null {
  if (kind === 'state') return `/states/${encodeURIComponent(id)}`;
  if (kind === 'organization') return `/organizations/${encodeURIComponent(id)}`;
  if (kind === 'body') return `/timeline?actor=${encodeURIComponent(id)}`;
  return null;
}
