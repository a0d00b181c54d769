/**
 * Kazakh morphology: analysis of nominal and verbal word forms into lemma, part of speech
 * and UD-style features, over a lexicon derived from hunspell-kk plus domain additions.
 * Pure functions; the lexicon is decoded on first use.
 */
import { analyze, isLexical, isLexicalAnyCase } from './analyze.js';
import type { Analysis } from './types.js';

export type { Analysis, Pos } from './types.js';
export { analyze, clearAnalysisCache } from './analyze.js';
export { isGivenName } from './lexicon.js';

/**
 * The best reading of a word form: `analyze(word)[0]`.
 *
 * @example
 * lemmatize('Астанаға').lemma; // 'Астана'
 * lemmatize('АҚШ-пен').lemma; // 'АҚШ'
 * lemmatize('жоспарланып').lemma; // 'жоспарла'
 */
export function lemmatize(word: string): Analysis {
  return analyze(word)[0]!;
}

/**
 * True when the best reading of the word rests on a lexicon stem (used to judge OCR repairs).
 * @example
 * isKnownWord('қаладағы'); // true
 * isKnownWord('кала'); // false
 */
export function isKnownWord(word: string): boolean {
  return isLexical(word);
}

/**
 * `isKnownWord` of the word as written, in lower case or capitalised, whichever says yes (sentence
 * starts, headlines, names: `айдосқа` is known as `Айдосқа`), at the cost of one look-up for a
 * plain word.
 * @example
 * isKnownWordAnyCase('ҚАЛАДАҒЫ'); // true
 * isKnownWordAnyCase('айдосқа'); // true
 * isKnownWordAnyCase('кала'); // false
 */
export function isKnownWordAnyCase(word: string): boolean {
  return isLexicalAnyCase(word);
}
