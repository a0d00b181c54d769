import { analyze, type Analysis, type Pos } from '../morph/index.js';
import { normalizeTokens, type NormalizeOptions } from '../normalize/normalize.js';
import { offsetMap } from '../normalize/offsets.js';
import { tokens, type TokenKind } from '../segment/tokens.js';
import { inContext, type ContextToken } from './context.js';

/** A word of the original text with its analyses (best first); `normalized` is the form analysed. */
export interface LemmaToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly normalized: string;
  readonly lemma: string;
  readonly pos: Pos;
  readonly features: Readonly<Record<string, string>>;
  /** All readings, best first: the first is the one the sentence context prefers. */
  readonly analyses: readonly Analysis[];
}

/**
 * The best reading of each token of running text, chosen with its neighbours in view (see
 * `context.ts`: a numeral before `жылы`, a genitive pronoun before a possessive, a noun after a
 * modifier, the predicate at the end of a sentence). Pass the words, numbers and punctuation of
 * one or more sentences in order; the result has one reading per token.
 * @example
 * lemmatizeInContext(['2019', 'жылы', 'келісім', 'жасалды', '.']).map((a) => a.lemma); // ['2019', 'жыл', 'келісім', 'жаса', '.']
 * lemmatize('жылы').lemma; // 'жылы'
 */
export function lemmatizeInContext(words: readonly string[]): readonly Analysis[] {
  // (indexed loops and push: callers pass arrays of any kind, see frozenReadings in analyze.ts)
  const stream: ContextToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const text = words[i]!;
    stream.push({ text, analyses: analyze(text) });
  }
  const ranked = inContext(stream);
  const out: Analysis[] = [];
  for (let i = 0; i < ranked.length; i++) out.push(ranked[i]![0]!);
  return out;
}

/** (frozen like the lists `analyze` returns, so that the context rules meet one array shape) */
const NONE: readonly Analysis[] = Object.freeze([]);
const lemmaKind = (kind: TokenKind): boolean =>
  kind === 'word' || kind === 'number' || kind === 'abbreviation' || kind === 'initial';

/**
 * Lemmatises every word and number of a text. Damaged text is normalised first and the
 * normalised form analysed, but each result reports the original surface and offsets (a word
 * split by a space comes back as one item covering both parts). Readings are chosen in context
 * (`lemmatizeInContext`).
 * @example
 * lemmas('ҰҚШҰның').map((t) => [t.text, t.normalized, t.lemma]); // [['ҰҚШҰның', 'ҰҚШҰ-ның', 'ҰҚШҰ']]
 */
export function lemmas(text: string, options: NormalizeOptions = {}): readonly LemmaToken[] {
  const { result: normalized, tokens: original } = normalizeTokens(text, options);
  const map = offsetMap(normalized.changes);
  const out: LemmaToken[] = [];
  // punctuation stays in the stream the context rules read (sentence ends), not in the output
  const all = normalized.changes.length === 0 ? original : tokens(normalized.text);
  const stream: ContextToken[] = [];
  for (const t of all)
    stream.push({ text: t.text, analyses: lemmaKind(t.kind) ? analyze(t.text) : NONE });
  const ranked = inContext(stream);
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    if (!lemmaKind(t.kind)) continue;
    const start = map.start(t.start);
    const end = map.end(t.end);
    const analyses = ranked[i]!;
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
