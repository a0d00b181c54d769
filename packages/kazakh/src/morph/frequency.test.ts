// The frequency prior (frequency.ts, generated frequency-data.ts): forms whose readings cost about
// the same to the suffix grammar, decided by how common each lemma is in the language-pack text.
// Hand-picked everyday words (not from any treebank), through the public entry.
import { describe, expect, it } from 'vitest';
import { analyze, lemmatize } from '@senim/kazakh';

const lemmasOf = (w: string): string[] => analyze(w).map((a) => a.lemma);

describe('frequency prior', () => {
  it.each([
    // дерек (data) + possessive + genitive, not the rare verb дере- + participle
    ['дерегінің', 'дерек', 'дере'],
    // желі (network) + possessive + accusative, not a truncated spelling-list entry желіс
    ['желісін', 'желі', 'желіс'],
    // жібер- (send) + past + 2nd person polite, not the listed past form жіберді read as a noun
    ['жібердіңіз', 'жібер', 'жіберді'],
    // бол- (be) + conditional + 2nd person polite, not the listed form болса
    ['болсаңыз', 'бол', 'болса'],
  ])('%s → %s (the other reading %s stays among the analyses)', (word, lemma, other) => {
    expect(lemmatize(word).lemma).toBe(lemma);
    // the prior only reorders: both readings are still there
    expect(lemmasOf(word)).toContain(other);
  });

  it('does not let a frequent short stem swallow a common derived noun', () => {
    // құрылғы (device) is counted as itself, so құр- (build) + passive + desiderative stays second
    expect(lemmatize('құрылғыңыз').lemma).toBe('құрылғы');
    expect(lemmasOf('құрылғыңыз')).toContain('құр');
  });
});
