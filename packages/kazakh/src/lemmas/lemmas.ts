import { analyze, type Analysis, type Pos } from '../morph/index.js';
import { normalize, type NormalizeOptions } from '../normalize/normalize.js';
import { offsetMap } from '../normalize/offsets.js';
import { tokens } from '../segment/tokens.js';

/** A word of the original text with its analyses (best first); `normalized` is the form analysed. */
export interface LemmaToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly normalized: string;
  readonly lemma: string;
  readonly pos: Pos;
  readonly features: Readonly<Record<string, string>>;
  readonly analyses: readonly Analysis[];
}

/**
 * Lemmatises every word and number of a text. Damaged text is normalised first and the
 * normalised form analysed, but each result reports the original surface and offsets (a word
 * split by a space comes back as one item covering both parts).
 * @example
 * lemmas('ҰҚШҰның').map((t) => [t.text, t.normalized, t.lemma]); // [['ҰҚШҰның', 'ҰҚШҰ-ның', 'ҰҚШҰ']]
 */
export function lemmas(text: string, options: NormalizeOptions = {}): readonly LemmaToken[] {
  const normalized = normalize(text, options);
  const map = offsetMap(normalized.changes);
  const out: LemmaToken[] = [];
  for (const t of tokens(normalized.text)) {
    if (
      t.kind !== 'word' &&
      t.kind !== 'number' &&
      t.kind !== 'abbreviation' &&
      t.kind !== 'initial'
    )
      continue;
    const start = map.start(t.start);
    const end = map.end(t.end);
    const analyses = analyze(t.text);
    const best = analyses[0]!;
    out.push({
      text: text.slice(start, end),
      start,
      end,
      normalized: t.text,
      lemma: best.lemma,
      pos: best.pos,
      features: best.features,
      analyses,
    });
  }
  return out;
}
