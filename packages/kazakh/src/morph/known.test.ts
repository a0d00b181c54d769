// isKnownWord answers plain words without a full analysis; it must agree with analyze.
import { describe, expect, it } from 'vitest';
import { analyze, clearAnalysisCache, isKnownWord, isKnownWordAnyCase } from '@senim/kazakh';

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
  // personal names: a stem only in a capitalised word (Айдосқа, not айдосқа)
  'Айдосқа',
  'айдосқа',
  'АЙДОСҚА',
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

describe('isKnownWordAnyCase', () => {
  const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  it.each(WORDS)('%s: the word as written, in lower case or capitalised is known', (word) => {
    clearAnalysisCache();
    const any = isKnownWordAnyCase(word);
    clearAnalysisCache();
    const forms = [word, word.toLowerCase(), capitalised(word)];
    expect(any).toBe(forms.some((w) => isKnownWord(w)));
  });

  it('keeps the answers for lower-case and capitalised words apart, whatever the word', () => {
    clearAnalysisCache();
    expect(isKnownWord('^айдосқа')).toBe(false);
    expect(isKnownWord('Айдосқа')).toBe(true);
  });

  it('finds a personal name written in lower case', () => {
    expect(isKnownWord('айдосқа')).toBe(false);
    expect(isKnownWordAnyCase('айдосқа')).toBe(true);
  });
});
