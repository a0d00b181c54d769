import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectLatinAlphabet,
  toCyrillic,
  toLatin,
  turkicLower,
  turkicUpper,
  type Lexicon,
} from '@senim/kazakh';

const none: Lexicon = { isKnownWord: () => false };

describe('toLatin', () => {
  it('follows the 2021 alphabet', () => {
    expect(toLatin('Біріккен Ұлттар Ұйымы')).toBe('Bırıkken Ūlttar Ūiymy');
    expect(toLatin('қауіпсіздік, ынтымақтастық, шекара, әлем, өңір, үкімет, ғасыр, һәм')).toBe(
      'qauıpsızdık, yntymaqtastyq, şekara, älem, öñır, ükımet, ğasyr, häm',
    );
  });

  it('uses Turkic case for і and и/й', () => {
    expect(toLatin('ИРАН Іле Ирак Йемен')).toBe('İRAN Ile İrak İemen');
    expect(turkicUpper('ıi')).toBe('Iİ');
    expect(turkicLower('İI')).toBe('iı');
  });

  it('spells loan letters with a configurable table', () => {
    expect(toLatin('Цюрих, щи, съезд, Чехия')).toBe('Tsiurih, şşi, sezd, Chehiia');
    expect(toLatin('ЦЕНТР Цюрих')).toBe('TSENTR Tsiurih');
    expect(toLatin('Цюрих', { loanLetters: { ц: 'c', ю: 'yu' } })).toBe('Cyurih');
  });
});

describe('toCyrillic', () => {
  it('reads the 2021 alphabet with i and h resolved by rules', () => {
    expect(toCyrillic('Bırıkken Ūlttar Ūiymy', { lexicon: none })).toBe('Біріккен Ұлттар Ұйымы');
    expect(toCyrillic('saiasi, Aziia, aiaq, üiı, qoiu, İRAN', { lexicon: none })).toBe(
      'саяси, Азия, аяқ, үйі, қою, ИРАН',
    );
  });

  it('lets the lexicon resolve ambiguous letters', () => {
    const lexicon: Lexicon = { isKnownWord: (w) => w === 'жиһаз' || w === 'ұлттық' };
    expect(toCyrillic('jihaz', { lexicon })).toBe('жиһаз');
    expect(toCyrillic('jihaz', { lexicon: none })).toBe('жихаз');
  });

  it('reads the 2017 and 2018 drafts', () => {
    expect(toCyrillic("Qazaqstan Respy'bli'kasy, s'ekara, a'lem", { lexicon: none })).toBe(
      'Қазақстан Республикасы, шекара, әлем',
    );
    expect(toCyrillic('Qazaqstan Respýblıkasy, shekara, álem, ult', { lexicon: none })).toBe(
      'Қазақстан Республикасы, шекара, әлем, ұлт',
    );
    expect(detectLatinAlphabet('Qazaqstan Respýblıkasy')).toBe('2018');
    expect(detectLatinAlphabet("s'ekara a'lem")).toBe('2017');
    expect(detectLatinAlphabet('şekara älem')).toBe('2021');
  });

  it('leaves Cyrillic and other characters alone', () => {
    expect(toCyrillic('Қазақстан 2021 — ok!', { lexicon: none })).toBe('Қазақстан 2021 — ок!');
  });
});

describe('translit properties', () => {
  // Native Kazakh words: syllables of native letters, й only after a vowel and not before а/у/о, и never after a vowel.
  const consonants = [...'бгғджзкқлмнңпрстш'];
  const vowels = [...'аәеоөұүыі'];
  const syllable = fc.tuple(
    fc.option(fc.constantFrom(...consonants), { nil: '' }),
    fc.constantFrom(...vowels, 'и'),
    fc.option(fc.constantFrom(...consonants, 'й', 'у'), { nil: '' }),
  );
  const word = fc
    .array(syllable, { minLength: 1, maxLength: 4 })
    .map((s) => s.map(([a, b, c]) => a + b + c).join(''))
    .filter(
      (w) =>
        !/[аәеоөұүыіиу]и|й[аоуиы]|и[аоу]|^й|уй[аоу]|[аәеоөұүыіи]у[аоу]/u.test(w) &&
        !/йй|уу/u.test(w),
    );

  it('restores native words after Cyrillic → Latin → Cyrillic', () => {
    fc.assert(
      fc.property(word, fc.boolean(), (w, capital) => {
        const cyr = capital ? w[0]!.toUpperCase() + w.slice(1) : w;
        return toCyrillic(toLatin(cyr), { lexicon: none, from: '2021' }) === cyr;
      }),
      { numRuns: 1000 },
    );
  });
});
