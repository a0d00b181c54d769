import { describe, expect, it } from 'vitest';
import { anyOf, entityLexeme, quoteLexeme, tsvectorOf } from './vector.js';

describe('tsvector and tsquery text', () => {
  it('gives alternatives of a word one position and weights the title', () => {
    expect(
      tsvectorOf(
        [
          { words: [['мемлекет', 'мемлекеттің']], weight: 'A' },
          { words: [['қауіпсіздік'], ['мемлекет']], weight: 'B' },
        ],
        [entityLexeme('KAZ')],
      ),
    ).toBe("'мемлекет':1A,3B 'мемлекеттің':1A 'қауіпсіздік':2B '=kaz'");
  });

  it('quotes what tsquery input would otherwise read as syntax', () => {
    expect(quoteLexeme("o'neil\\x")).toBe("'o''neil\\\\x'");
    expect(anyOf(['a', 'a', 'b', ''])).toBe("('a' | 'b')");
    expect(anyOf([])).toBe('');
  });
});
