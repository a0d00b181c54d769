/**
 * Text forms of PostgreSQL's tsvector and tsquery, built here because Kazakh lexemes come from our
 * engine, not from a PostgreSQL configuration: what we write is stored and matched verbatim.
 */

// PostgreSQL keeps positions 1–16383 and at most 256 positions per lexeme.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 255;

/** A lexeme quoted for tsvector/tsquery input: quotes doubled, backslashes escaped. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Registry entities are indexed as `=ID`, a form no word of any language takes. */
export const entityLexeme = (id: string) => `=${id.toLowerCase()}`;

/**
 * A tsvector from words in order, each with its alternative lexemes at the same position (so a
 * lemma and a surface form are one word to phrase and proximity ranking), weighted A for the
 * title and B for the body.
 */
export function tsvectorOf(
  parts: readonly { words: readonly (readonly string[])[]; weight: 'A' | 'B' | 'C' | 'D' }[],
  extra: readonly string[] = [],
): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const { words, weight } of parts) {
    for (const lexemes of words) {
      position = Math.min(position + 1, MAX_POSITION);
      for (const lexeme of lexemes) {
        if (lexeme === '') continue;
        let list = positions.get(lexeme);
        if (!list) positions.set(lexeme, (list = []));
        if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
      }
    }
  }
  const entries = [...positions].map(
    ([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`,
  );
  for (const lexeme of extra) if (!positions.has(lexeme)) entries.push(quoteLexeme(lexeme));
  return entries.join(' ');
}

/** A tsquery matching any of the lexemes (or nothing, for an empty list). */
export function anyOf(lexemes: readonly string[]): string {
  const unique = [...new Set(lexemes.filter((l) => l !== ''))];
  return unique.length === 0 ? '' : `(${unique.map(quoteLexeme).join(' | ')})`;
}
