import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entities, GAZETTEER } from '@senim/kazakh';

const ids = (text: string): string[] => entities(text).map((e) => `${e.text}=${e.id}`);

describe('entities', () => {
  it('finds organisations by full name, inflected', () => {
    expect(ids('Біріккен Ұлттар Ұйымының, Шанхай ынтымақтастық ұйымына, Еуропа Одағының')).toEqual([
      'Біріккен Ұлттар Ұйымының=UN',
      'Шанхай ынтымақтастық ұйымына=SCO',
      'Еуропа Одағының=EU',
    ]);
  });

  it('finds abbreviations with and without the hyphen before an ending', () => {
    expect(ids('БҰҰ-ның ШЫҰ-на ШЫҰна ҰҚШҰ НАТОға ТМД-ға ЕҚЫҰ АӨСШК-ге ТүркПА-ның')).toEqual([
      'БҰҰ-ның=UN',
      'ШЫҰ-на=SCO',
      'ШЫҰна=SCO',
      'ҰҚШҰ=CSTO',
      'НАТОға=NATO',
      'ТМД-ға=CIS',
      'ЕҚЫҰ=OSCE',
      'АӨСШК-ге=CICA',
      'ТүркПА-ның=TURKPA',
    ]);
  });

  it('prefers the longest name', () => {
    expect(ids('БҰҰ Қауіпсіздік Кеңесінің және БҰҰ Бас Ассамблеясының')).toEqual([
      'БҰҰ Қауіпсіздік Кеңесінің=UNSC',
      'БҰҰ Бас Ассамблеясының=UNGA',
    ]);
    expect(ids('Қазақстан Республикасының')).toEqual(['Қазақстан Республикасының=KAZ']);
  });

  it('links states in Kazakh, Russian and English, with adjectives', () => {
    expect(
      ids('Қытаймен, Ресейге, АҚШ-тың, американ, британ, қазақстандық, КСРО, Кеңес Одағы'),
    ).toEqual([
      'Қытаймен=CHN',
      'Ресейге=RUS',
      'АҚШ-тың=USA',
      'американ=USA',
      'британ=GBR',
      'қазақстандық=KAZ',
      'КСРО=SUN',
      'Кеңес Одағы=SUN',
    ]);
    expect(
      ids(
        'Организации Объединенных Наций, ООН, Российской Федерации, United Nations, Shanghai Cooperation Organisation',
      ),
    ).toEqual([
      'Организации Объединенных Наций=UN',
      'ООН=UN',
      'Российской Федерации=RUS',
      'United Nations=UN',
      'Shanghai Cooperation Organisation=SCO',
    ]);
  });

  it('sees through damaged letters', () => {
    expect(ids('Кытайдың, Əзірбайжан, ЕКЫУ, Бipiккен Ұлттар Ұйымы')).toEqual([
      'Кытайдың=CHN',
      'Əзірбайжан=AZE',
      'ЕКЫУ=OSCE',
      'Бipiккен Ұлттар Ұйымы=UN',
    ]);
  });

  it('does not take common words for names', () => {
    expect(ids('қатарында, кеңес берді, қытай тілінде, ұйым')).toEqual([]);
  });

  it('types entities', () => {
    expect(entities('Қазақстан, ШЫҰ, Астана').map((e) => e.type)).toEqual([
      'state',
      'organization',
      'place',
    ]);
  });

  it('covers the CICA members with ISO alpha-3 ids', () => {
    const cica = [
      'AFG',
      'AZE',
      'BHR',
      'BGD',
      'KHM',
      'CHN',
      'EGY',
      'IND',
      'IRN',
      'IRQ',
      'ISR',
      'JOR',
      'KAZ',
      'KWT',
      'KGZ',
      'MNG',
      'PAK',
      'PSE',
      'QAT',
      'KOR',
      'RUS',
      'LKA',
      'TJK',
      'THA',
      'TUR',
      'ARE',
      'UZB',
      'VNM',
    ];
    const states = new Set(GAZETTEER.filter((e) => e.type === 'state').map((e) => e.id));
    expect(cica.filter((id) => !states.has(id))).toEqual([]);
    for (const e of GAZETTEER) expect(entities(e.kk[0]!).map((m) => m.id)).toEqual([e.id]);
  });

  it('reports offsets into the original text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'БҰҰ-ның',
            'Қытай',
            'Біріккен',
            'Ұлттар',
            'Ұйымы',
            'мен',
            ',',
            '\n',
            'ШЫҰна',
            'x',
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          const text = parts.join(' ');
          return entities(text).every((e) => text.slice(e.start, e.end) === e.text);
        },
      ),
    );
  });
});
