// isKnownWord answers plain words without a full analysis; it must agree with analyze.
import { describe, expect, it } from 'vitest';
import { analyze, clearAnalysisCache, isKnownWord } from '@senim/kazakh';

const WORDS = [
  // on the lexicon, inflected, capitalised
  'қала',
  'қаладағы',
  'Қала',
  'мемлекеттеріміздің',
  // closed forms (pronouns, the copula)
  'маған',
  'Оның',
  'еді',
  // unknown: OCR damage, guessed names, non-words
  'кала',
  'Блумфилдтің',
  'қаланыңқала',
  'xyz',
  // other paths of the analyser: numerals, hyphens, capitals, a space
  '2019',
  '21-ші',
  'АҚШ-пен',
  'саяси-экономикалық',
  'коші-қон',
  'ҰҚШҰ',
  'ЖӘНЕ',
  'сыйламайды екен',
];

describe('isKnownWord', () => {
  it.each(WORDS)('%s: the best reading of analyze is not a guess', (word) => {
    clearAnalysisCache();
    const known = isKnownWord(word);
    clearAnalysisCache();
    expect(known).toBe(analyze(word)[0]!.features.Guess !== 'Yes');
  });
});
