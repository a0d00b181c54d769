import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

/** Every string of a dictionary with its dotted key ('nav.home', 'date.months.0'). */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) =>
      leaves(inner, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [[prefix, value]];
}

const PLACEHOLDER = /\{\w+\}/g;
const dictionaries = { kk, ru, en };

describe('UI dictionaries', () => {
  const reference = leaves(kk).map(([key]) => key);

  it.each(Object.entries(dictionaries))(
    '%s has every key of the Kazakh dictionary, each a non-empty string',
    (_, messages) => {
      const entries = leaves(messages);
      expect(entries.map(([key]) => key).sort()).toEqual([...reference].sort());
      const empty = entries
        .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    },
  );

  it.each(Object.entries(dictionaries))(
    '%s uses the same placeholders as Kazakh',
    (_, messages) => {
      const kkLeaves = new Map(leaves(kk));
      for (const [key, text] of leaves(messages)) {
        const expected = String(kkLeaves.get(key)).match(PLACEHOLDER)?.sort() ?? [];
        expect(String(text).match(PLACEHOLDER)?.sort() ?? [], key).toEqual(expected);
      }
    },
  );

  it.each([
    ['kk', kk],
    ['ru', ru],
  ] as const)(
    '%s has no Latin letters outside placeholders, so no English string leaked in',
    (_, messages) => {
      const leaked = leaves(messages)
        .filter(([, text]) => /[A-Za-z]/.test(String(text).replace(PLACEHOLDER, '')))
        .map(([key, text]) => `${key}: ${String(text)}`);
      expect(leaked).toEqual([]);
    },
  );

  it('the leak check would catch an English string in Kazakh', () => {
    const spoiled = { ...kk, nav: { ...kk.nav, home: 'Home' } };
    const leaked = leaves(spoiled).filter(([, text]) =>
      /[A-Za-z]/.test(String(text).replace(PLACEHOLDER, '')),
    );
    expect(leaked.map(([key]) => key)).toEqual(['nav.home']);
  });

  it('Kazakh and English differ for every key with words in it', () => {
    const enLeaves = new Map(leaves(en));
    const same = leaves(kk)
      .filter(
        ([key, text]) =>
          /\p{L}/u.test(String(text).replace(PLACEHOLDER, '')) && enLeaves.get(key) === text,
      )
      .map(([key]) => key);
    expect(same).toEqual([]);
  });
});

describe('Latin Kazakh', () => {
  it('is the whole Kazakh dictionary transliterated, with no Cyrillic left', async () => {
    const { MESSAGES } = await import('./languages.js');
    const latin = leaves(MESSAGES['kk-Latn']);
    expect(latin.map(([key]) => key)).toEqual(leaves(kk).map(([key]) => key));
    expect(latin.filter(([, text]) => /\p{Script=Cyrillic}/u.test(String(text)))).toEqual([]);
    expect(MESSAGES['kk-Latn'].nav.states).toBe('Memleketter');
  });
});
