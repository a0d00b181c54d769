import { describe, expect, it } from 'vitest';
import { sentences, tokens } from '@senim/kazakh';

const surfaces = (text: string): string[] => tokens(text).map((t) => t.text);
const kinds = (text: string): string[] => tokens(text).map((t) => `${t.text}:${t.kind}`);

describe('tokens', () => {
  it('keeps hyphenated words, abbreviation endings and numeral endings whole', () => {
    expect(surfaces('қару-жарақ АҚШ-тың 11-күні 2017-нші іс-қимыл')).toEqual([
      'қару-жарақ',
      'АҚШ-тың',
      '11-күні',
      '2017-нші',
      'іс-қимыл',
    ]);
  });

  it('reads numbers and ranges', () => {
    expect(kinds('2-4 қыркүйек 1999–2001 3,5 млн.')).toEqual([
      '2-4:range',
      'қыркүйек:word',
      '1999–2001:range',
      '3,5:number',
      'млн.:abbreviation',
    ]);
  });

  it('reads abbreviations with periods, also across a line break', () => {
    expect(kinds('Ресей, Қытай т.б. б.з.б. 1992 ж.')).toEqual([
      'Ресей:word',
      ',:punctuation',
      'Қытай:word',
      'т.б.:abbreviation',
      'б.з.б.:abbreviation',
      '1992:number',
      'ж.:abbreviation',
    ]);
    expect(kinds('Қытай т\n.б. елдер')).toEqual([
      'Қытай:word',
      'т\n.б.:abbreviation',
      'елдер:word',
    ]);
  });

  it('separates glued sentences and keeps initials', () => {
    expect(kinds('қабылданды.Азия Н.Назарбаев')).toEqual([
      'қабылданды:word',
      '.:punctuation',
      'Азия:word',
      'Н.:initial',
      'Назарбаев:word',
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = '«БҰҰ-ның» 75-сессиясы… 2019ж.';
    for (const t of tokens(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(surfaces(text)).toEqual(['«', 'БҰҰ-ның', '»', '75-сессиясы', '…', '2019ж', '.']);
  });
});

describe('sentences', () => {
  const split = (text: string): string[] => sentences(text).map((s) => s.text);

  it('splits at terminal punctuation before a capital, also with no space', () => {
    expect(split('Құжат қабылданды.Азия құрлығы үлкен. Бұл рас!')).toEqual([
      'Құжат қабылданды.',
      'Азия құрлығы үлкен.',
      'Бұл рас!',
    ]);
  });

  it('does not split at abbreviations, initials or across a wrapped abbreviation', () => {
    expect(split('Келісім 1992 ж. Алматыда жасалды. Н.Назарбаев сөйледі.')).toEqual([
      'Келісім 1992 ж. Алматыда жасалды.',
      'Н.Назарбаев сөйледі.',
    ]);
    expect(split('Ресей, Қытай т\n.б. елдер қатысты. Бәрі келісті.')).toEqual([
      'Ресей, Қытай т\n.б. елдер қатысты.',
      'Бәрі келісті.',
    ]);
    expect(split('Халқы 19 млн. адам.')).toEqual(['Халқы 19 млн. адам.']);
  });

  it('ends a sentence after т.б. before a capital and at a blank line', () => {
    expect(split('Ресей, Қытай т.б. Келесі жиын өтті.')).toEqual([
      'Ресей, Қытай т.б.',
      'Келесі жиын өтті.',
    ]);
    expect(split('Тақырып\n\nМәтін басталды')).toEqual(['Тақырып', 'Мәтін басталды']);
  });

  it('keeps closing quotes with the sentence', () => {
    expect(split('Ол «Келістік.» деді. Жиын аяқталды.')).toEqual([
      'Ол «Келістік.» деді.',
      'Жиын аяқталды.',
    ]);
  });
});
