import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analysis.js';
import { oneLine, suggestEvents, suggestLinks } from './suggest.js';

const TEXT =
  'Кеңес туралы жалпы мәлімет.\n' +
  'АӨСШК-ның бірінші саммиті 2002 жылғы 4 маусымда Алматыда өтті, оған Қытай мен Ресей қатысты.\n' +
  'Сол жылы Қазақстан жаңа бастама ұсынды.';

describe('suggestions from an analysed document', () => {
  const analysis = analyzeDocument(TEXT, 'kk');

  it('makes a dated sentence naming actors a candidate event', () => {
    const events = suggestEvents(TEXT, analysis);
    expect(events[0]).toMatchObject({
      date: '2002-06-04',
      actors: ['CICA', 'CHN', 'RUS'],
      title:
        'АӨСШК-ның бірінші саммиті 2002 жылғы 4 маусымда Алматыда өтті, оған Қытай мен Ресей қатысты.',
    });
    expect(TEXT.slice(events[0]!.sentence.start, events[0]!.sentence.end)).toBe(events[0]!.title);
    // A sentence without a date (the first) is not an event.
    expect(events.every((e) => !e.title.startsWith('Кеңес'))).toBe(true);
  });

  it('suggests each named state or organisation once as a link', () => {
    expect(suggestLinks(TEXT, analysis).map((l) => l.key)).toEqual([
      'organization:CICA',
      'state:CHN',
      'state:RUS',
      'state:KAZ',
    ]);
  });

  it('cuts a long title at a word boundary', () => {
    const title = oneLine('сөз '.repeat(100));
    expect(title.length).toBeLessThanOrEqual(161);
    expect(title.endsWith('сөз…')).toBe(true);
  });
});
