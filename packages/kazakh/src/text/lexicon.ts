import { isKnownWord, isKnownWordAnyCase, lemmatize } from '../morph/index.js';

/**
 * What the normaliser and transliterator ask of a lexicon. The default is the morphological
 * analyser; tests and callers with their own vocabulary can pass another.
 */
export interface Lexicon {
  isKnownWord(word: string): boolean;
  /** Optional: the word's lemma, which tells a dictionary form from an inflected one. */
  lemmaOf?(word: string): string;
  /** Optional: `isKnownAnyCase` answered by the lexicon itself, when it can do so faster. */
  isKnownAnyCase?(word: string): boolean;
}

export const morphLexicon: Lexicon = Object.freeze({
  isKnownWord,
  lemmaOf: (word: string) => lemmatize(word).lemma,
  isKnownAnyCase: isKnownWordAnyCase,
});

/** True if the word is known as written, in lower case, or capitalised (sentence starts, headlines). */
export function isKnownAnyCase(lexicon: Lexicon, word: string): boolean {
  if (lexicon.isKnownAnyCase) return lexicon.isKnownAnyCase(word);
  if (lexicon.isKnownWord(word)) return true;
  const lower = word.toLowerCase();
  if (lower !== word && lexicon.isKnownWord(lower)) return true;
  const cap = lower.length > 0 ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
  return cap !== word && lexicon.isKnownWord(cap);
}
