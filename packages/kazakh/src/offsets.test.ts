import fc from 'fast-check';
import { describe, it } from 'vitest';
import { dates, entities, lemmas, normalize, sentences, tokens } from '@senim/kazakh';

/** Text mixing Kazakh words, damage, numbers, abbreviations, punctuation, line breaks and arbitrary characters. */
const piece = fc.oneof(
  fc.constantFrom(
    'Қазақстан',
    'БҰҰ-ның',
    'ҰҚШҰның',
    'кала',
    'ынтымақ',
    'тастық',
    'т',
    '.б.',
    'ж.',
    '2019',
    'жылы',
    '14',
    'қарашада',
    '2-4',
    'қыркүйек',
    'Н.',
    'Əлем',
    'қауіп-сіздік',
    '«',
    '»',
    '—',
    'и\u0306',
    '\ufeff',
    '😀',
  ),
  fc.string({ unit: 'grapheme', maxLength: 5 }),
);
const text = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', '\n', '. ', '', '\r\n', ', ')), { maxLength: 25 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('offsets point at the original text', () => {
  it('for tokens, sentences, lemmas, dates, entities and normalisation changes', () => {
    fc.assert(
      fc.property(text, (t) => {
        const spans = [...tokens(t), ...sentences(t), ...lemmas(t), ...dates(t), ...entities(t)];
        const changes = normalize(t).changes;
        return (
          spans.every(
            (s) =>
              s.start >= 0 &&
              s.end <= t.length &&
              s.start < s.end &&
              t.slice(s.start, s.end) === s.text,
          ) && changes.every((c) => t.slice(c.start, c.end) === c.before)
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('tokens are ordered and do not overlap', () => {
    fc.assert(
      fc.property(text, (t) =>
        tokens(t).every((tok, i, all) => i === 0 || all[i - 1]!.end <= tok.start),
      ),
      { numRuns: 1000 },
    );
  });
});
