import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dates } from '@senim/kazakh';

const values = (text: string): string[] => dates(text).map((d) => `${d.text}=${d.value}`);

describe('dates', () => {
  it('reads day, month and year in the usual shapes', () => {
    expect(
      values('2019 жылы 14 қарашада, 2019 жылғы 15 қарашадағы, 2019 жылдың 16 қарашасында'),
    ).toEqual([
      '2019 жылы 14 қарашада=2019-11-14',
      '2019 жылғы 15 қарашадағы=2019-11-15',
      '2019 жылдың 16 қарашасында=2019-11-16',
    ]);
    expect(values('2020 жылдың наурыз айында, 2017 ж., 2017-нші жылы, 1992 жылғы')).toEqual([
      '2020 жылдың наурыз айында=2020-03',
      '2017 ж.=2017',
      '2017-нші жылы=2017',
      '1992 жылғы=1992',
    ]);
  });

  it('reads ranges as intervals', () => {
    expect(
      values('1999-2001 жылдар, 2010–2012 жж., 2018 жылы 2-4 қыркүйекте, 30 қыркүйек – 2 қазан'),
    ).toEqual([
      '1999-2001 жылдар=1999/2001',
      '2010–2012 жж.=2010/2012',
      '2018 жылы 2-4 қыркүйекте=2018-09-02/2018-09-04',
      '30 қыркүйек – 2 қазан=2018-09-30/2018-10-02',
    ]);
    expect(values('1990 жылдары')).toEqual(['1990 жылдары=1990/1999']);
  });

  it('carries the year across sentences', () => {
    expect(
      values(
        'Кеңес 2019 жылы құрылды. Сол жылғы 10 қазанда жиын өтті. Ал 8 қарашада келісім жасалды. Қыркүйек айында сессия болды.',
      ),
    ).toEqual([
      '2019 жылы=2019',
      'Сол жылғы 10 қазанда=2019-10-10',
      '8 қарашада=2019-11-08',
      'Қыркүйек айында=2019-09',
    ]);
  });

  it('follows the paragraph of the last full date, else the dateline', () => {
    const text =
      'Астана, 2023 жылғы 19 қыркүйек. Жиын ашылды.\nОл 1991 жылғы 29 тамызда жабылған полигонды еске алды.\n20 қыркүйекте келіссөз өтті.';
    expect(values(text)).toEqual([
      '2023 жылғы 19 қыркүйек=2023-09-19',
      '1991 жылғы 29 тамызда=1991-08-29',
      '20 қыркүйекте=2023-09-20',
    ]);
    expect(values('Ол 1991 жылғы 29 тамызда, ал 5 қыркүйекте тағы сөйледі.')).toEqual([
      '1991 жылғы 29 тамызда=1991-08-29',
      '5 қыркүйекте=1991-09-05',
    ]);
  });

  it('reads that year, this year and last year', () => {
    expect(values('Ұйым 2011 жылы құрылды. Сол жылы ол жиын өткізді.')).toEqual([
      '2011 жылы=2011',
      'Сол жылы=2011',
    ]);
    expect(
      values(
        'Астана, 2024 жылғы 4 шілде. Биыл 10 ел қосылды, былтыр 8 ел қосылған. Осы жылы қазан айында саммит өтеді.',
      ),
    ).toEqual([
      '2024 жылғы 4 шілде=2024-07-04',
      'Биыл=2024',
      'былтыр=2023',
      'Осы жылы қазан айында=2024-10',
    ]);
    expect(values('Сол жылы')).toEqual([]);
  });

  it('reads day-month-year order and Russian dates', () => {
    expect(values('14 қараша 2019 ж. және 5 мая 2020 года')).toEqual([
      '14 қараша 2019 ж.=2019-11-14',
      '5 мая 2020 года=2020-05-05',
    ]);
  });

  it('does not take numbers, counts, ordinals or a cauldron for dates', () => {
    expect(
      values(
        'Қауіпсіздік Кеңесінің 2231 қарары, 193 мемлекет, 75-сессиясы, 1540 (2004) қарары. Қазанда ет пісті. 30 жыл өтті.',
      ),
    ).toEqual([]);
    expect(values('8 қарашада')).toEqual([]);
    expect(values('31 ақпанда')).toEqual([]);
  });

  it('sees through damaged letters', () => {
    expect(values('2019 жылы 14 карашада, 2 кыркүйекте')).toEqual([
      '2019 жылы 14 карашада=2019-11-14',
      '2 кыркүйекте=2019-09-02',
    ]);
  });

  it('uses a default year when told', () => {
    expect(values.call(null, '8 қарашада')).toEqual([]);
    expect(dates('8 қарашада', { defaultYear: 2024 }).map((d) => d.value)).toEqual(['2024-11-08']);
  });

  it('reports offsets into the original text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '2019 жылы',
            '14',
            'қарашада',
            '2-4',
            'қыркүйек',
            'ж.',
            '.',
            'Сол',
            'жылғы',
            'x',
            '1999-2001',
            'жылдар',
            '\n',
          ),
          { maxLength: 15 },
        ),
        (parts) => {
          const text = parts.join(' ');
          return dates(text).every((d) => text.slice(d.start, d.end) === d.text);
        },
      ),
    );
  });
});
