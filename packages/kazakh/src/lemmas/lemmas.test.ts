import { describe, expect, it } from 'vitest';
import { analyze, lemmas, type Lexicon } from '@senim/kazakh';

const byLemma = (a: { lemma: string }, b: { lemma: string }): number =>
  a.lemma.localeCompare(b.lemma);

describe('lemmas', () => {
  it('analyses the normalised form and reports the original surface and offsets', () => {
    const lexicon: Lexicon = {
      isKnownWord: (w) => ['ынтымақтастығы', 'ынтымақ', 'қала'].includes(w),
    };
    const text = 'ынтымақ тастығы, ҰҚШҰның кала';
    const result = lemmas(text, { lexicon });
    expect(result.map((t) => [t.text, t.normalized])).toEqual([
      ['ынтымақ тастығы', 'ынтымақтастығы'],
      ['ҰҚШҰның', 'ҰҚШҰ-ның'],
      ['кала', 'қала'],
    ]);
    for (const t of result) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect([...t.analyses].sort(byLemma)).toEqual([...analyze(t.normalized)].sort(byLemma));
      expect(t.lemma).toBe(t.analyses[0]!.lemma);
    }
  });
});
