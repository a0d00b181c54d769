import { describe, expect, it } from 'vitest';
import { blankEntry, contentToSave, entrySaysSomething } from './report-helpers.js';

describe('what the report form sends', () => {
  const order = ['first', 'second', 'third'];

  it('leaves out the measures nobody wrote on, and keeps nil answers', () => {
    const content = contentToSave(
      {
        nilReturn: false,
        note: '',
        entries: [
          blankEntry('second'),
          { ...blankEntry('third'), nil: true },
          { ...blankEntry('first'), when: '   ' },
        ],
      },
      order,
    );
    expect(content.entries.map((e) => e.measure)).toEqual(['third']);
  });

  it('orders the entries as the catalogue does, whatever order they were typed in', () => {
    const content = contentToSave(
      {
        nilReturn: false,
        note: '',
        entries: [
          { ...blankEntry('third'), done: 'c' },
          { ...blankEntry('unknown'), done: 'x' },
          { ...blankEntry('first'), outcomes: 'a' },
        ],
      },
      order,
    );
    expect(content.entries.map((e) => e.measure)).toEqual(['first', 'third', 'unknown']);
  });

  it('counts any field with text, or a nil answer, as saying something', () => {
    expect(entrySaysSomething(blankEntry('m'))).toBe(false);
    expect(entrySaysSomething({ ...blankEntry('m'), partners: 'TUR' })).toBe(true);
    expect(entrySaysSomething({ ...blankEntry('m'), nil: true })).toBe(true);
  });
});
