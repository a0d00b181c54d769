import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, normalize, offsetMap, type Lexicon } from '@senim/kazakh';

/** A small vocabulary standing in for the analyser, so these tests do not depend on its lexicon. */
const WORDS = [
  'қала',
  'қаланың',
  'қызмет',
  'бағыт',
  'оңтүстік',
  'үкімет',
  'мүшелерінің',
  'ынтымақтастық',
  'ынтымақ',
  'тастық',
  'келісімдері',
  'келісім',
  'Азиядағы',
  'Азия',
  'қауіпсіздік',
  'қауіп',
  'сіздік',
  'саяси',
  'экономикалық',
  'конвенция',
  'конвенцияға',
  'комитет',
  'қару',
  'жарақ',
  'қатер',
  'басқа',
  'да',
  'тағы',
  'мемлекеттер',
  'мен',
  'ұйымдар',
  'ұйым',
  'диалог',
  'пен',
  'ел',
  'елдер',
  'бір',
  'екі',
  'және',
  'шара',
  'сенім',
  'өзара',
  'іс',
  'қимыл',
  'кез',
  'келген',
  'әлемдік',
  'Әзірбайжан',
  'таң',
];
const lexicon: Lexicon = { isKnownWord: (w) => WORDS.includes(w) };
const norm = (text: string): string => normalize(text, { lexicon }).text;

describe('normalize', () => {
  it('replaces look-alike letters by the majority script of each word', () => {
    expect(norm('Əзірбайжан əлемдік таӊ')).toBe('Әзірбайжан әлемдік таң');
    expect(norm('Aзия кaлa')).toBe('Азия қала');
    expect(norm('NATO Cisco')).toBe('NATO Cisco');
    expect(norm('Сisco')).toBe('Cisco');
  });

  it('repairs OCR confusions only into known words', () => {
    expect(norm('кала кызмет багыт онтүстік укімет мүшелерініц')).toBe(
      'қала қызмет бағыт оңтүстік үкімет мүшелерінің',
    );
    expect(norm('конвенция комитет конвенцияга')).toBe('конвенция комитет конвенцияға');
    expect(norm('белгісіз сөз')).toBe('белгісіз сөз');
    expect(norm('Улыбритания Кытай')).toBe('Ұлыбритания Қытай');
    expect(norm('алдын уран')).toBe('алдын уран');
  });

  it('restores a final ң lost from a genitive after a possessive or a plural', () => {
    const real = (text: string): string => normalize(text).text;
    expect(real('Ресей Федерациясынын өкілі')).toBe('Ресей Федерациясының өкілі');
    expect(real('қалалардын әкімдері, мемлекеттерінін шекарасы')).toBe(
      'қалалардың әкімдері, мемлекеттерінің шекарасы',
    );
    // elsewhere a final н may be the accusative, and stays (желінін: желін, udder)
    expect(real('алдын ала')).toBe('алдын ала');
    expect(real('сиырдың желінін')).toBe('сиырдың желінін');
    expect(real('біздін')).toBe('біздін');
  });

  it('restores lost hyphens after abbreviations, numerals and in pair words', () => {
    expect(norm('ҰҚШҰның НАТОға 21ші саясиэкономикалық бірекі қаружарақ')).toBe(
      'ҰҚШҰ-ның НАТО-ға 21-ші саяси-экономикалық бір-екі қару-жарақ',
    );
    expect(norm('ҰҚШҰнын')).toBe('ҰҚШҰ-ның');
    expect(
      normalize('90жылдары 2017жылы', {
        lexicon: { isKnownWord: (w) => w === 'жылдары' || w === 'жылы' },
      }).text,
    ).toBe('90-жылдары 2017жылы');
  });

  it('rejoins words split by a space but keeps real pairs', () => {
    expect(norm('ынтымақ тастық келісім дері Азия дағы')).toBe(
      'ынтымақтастық келісімдері Азиядағы',
    );
    expect(norm('басқа да тағы да мемлекеттер мен ұйымдар диалог пен')).toBe(
      'басқа да тағы да мемлекеттер мен ұйымдар диалог пен',
    );
  });

  it('rejoins line-break hyphens but keeps real hyphenated words', () => {
    expect(norm('қауіп-сіздік ұйым-дар')).toBe('қауіпсіздік ұйымдар');
    expect(norm('қауіп-қатер қару-жарақ іс-қимыл кез-келген АҚШ-тың 11-күні')).toBe(
      'қауіп-қатер қару-жарақ іс-қимыл кез-келген АҚШ-тың 11-күні',
    );
  });

  it('applies NFC and never changes the number of lines', () => {
    expect(norm('и\u0306')).toBe('й');
    const text = 'кала\nынтымақ тастық\n\nҰҚШҰның\n';
    expect(norm(text).split('\n').length).toBe(text.split('\n').length);
  });

  it('explains every change with offsets into the original', () => {
    const text = 'Əлемдік кала ынтымақ тастық';
    const { changes } = normalize(text, { lexicon });
    expect(changes.map((c) => [c.before, c.after, c.reason])).toEqual([
      ['Ə', 'Ә', 'lookalike'],
      ['к', 'қ', 'ocr'],
      [' ', '', 'split-word'],
    ]);
    for (const c of changes) expect(text.slice(c.start, c.end)).toBe(c.before);
    expect(applyChanges(text, changes)).toBe(normalize(text, { lexicon }).text);
  });

  it('leaves clean text unchanged', () => {
    const clean =
      'Қазақстан мен Әзірбайжан арасындағы ынтымақтастық, қауіпсіздік және сенім шаралары туралы келісім 2019 жылы қабылданды.';
    expect(normalize(clean, { lexicon }).changes).toEqual([]);
  });

  it('can switch repairs off', () => {
    expect(normalize('кала ҰҚШҰның', { lexicon, ocr: false, hyphens: false }).text).toBe(
      'кала ҰҚШҰның',
    );
  });
});

describe('normalize properties', () => {
  const damage = [
    'кала',
    'кызмет',
    'ынтымақ',
    'тастық',
    'ҰҚШҰның',
    '21ші',
    'қауіп-сіздік',
    'Əлемдік',
    'Aзия',
    'дағы',
    'да',
    'мен',
    'пен',
    'бірекі',
    'ц',
    'ның',
  ];
  const piece = fc.oneof(fc.constantFrom(...WORDS, ...damage), fc.string({ maxLength: 4 }));
  const sep = fc.constantFrom(' ', '  ', '\n', ', ', '. ', '-', '');
  const doc = fc
    .array(fc.tuple(piece, sep), { maxLength: 20 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));

  it('is idempotent', () => {
    fc.assert(
      fc.property(doc, (text) => norm(norm(text)) === norm(text)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        (text) => norm(norm(text)) === norm(text),
      ),
      { numRuns: 2000 },
    );
  });

  it('is idempotent with the analyser as lexicon', () => {
    const real = (text: string): string => normalize(text).text;
    // (found by this property: a Latin letter the 2017 draft never writes with an apostrophe
    // took one into the word, and lost it once the letter became Cyrillic, so the second pass
    // repaired a word the first had not seen)
    expect(real("қала-kM' ")).toBe("қала-қМ' ");
    for (const text of ["қала-kM' ", "қалаh' ", "Shaһ' ", "dBG ı' ", "gWG кı'-", "dBG α' "])
      expect(real(real(text))).toBe(real(text));
    fc.assert(
      fc.property(doc, (text) => real(real(text)) === real(text)),
      { numRuns: 1000 },
    );
  });

  it('reports changes that point at the original text and rebuild the output', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const { text: out, changes } = normalize(text, { lexicon });
        return (
          changes.every((c) => text.slice(c.start, c.end) === c.before) &&
          applyChanges(text, changes) === out &&
          out.split('\n').length === text.split('\n').length
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('offsetMap', () => {
  it('maps spans of the normalised text back to the original', () => {
    const text = 'ҰҚШҰның ынтымақ тастық';
    const { text: out, changes } = normalize(text, { lexicon });
    expect(out).toBe('ҰҚШҰ-ның ынтымақтастық');
    const map = offsetMap(changes);
    expect(text.slice(map.start(0), map.end(8))).toBe('ҰҚШҰның');
    expect(text.slice(map.start(9), map.end(22))).toBe('ынтымақ тастық');
  });
});

describe('caches kept across calls', () => {
  it('answer the default lexicon only, never a caller’s own', () => {
    // The default lexicon knows қала, so "кала" is repaired, and that answer is now cached.
    expect(normalize('кала').text).toBe('қала');
    // A caller whose vocabulary has "кала" as a word gets its own answer, not the cached one.
    expect(normalize('кала', { lexicon: { isKnownWord: (w) => w === 'кала' } }).text).toBe('кала');
    // And the default answer is unchanged afterwards.
    expect(normalize('кала').text).toBe('қала');
  });
});
