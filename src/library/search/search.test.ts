import { describe, expect, it } from 'vitest';
import { planQuery } from './plan.js';
import { fromHeadline, kazakhSnippet } from './snippet.js';
import { sameStem, type BridgeTerm } from './terms.js';

const NUCLEAR: BridgeTerm = {
  id: 'nuclear-weapons',
  kind: 'glossary',
  kk: ['ядролық қару'],
  ru: ['ядерное оружие'],
  en: ['nuclear weapons'],
};

describe('reading a query', () => {
  it('finds entities and bridge terms in any language and leaves the other words as words', () => {
    const kk = planQuery('Қытайдың ядролық қаруы туралы', undefined, [NUCLEAR]);
    expect(
      kk.units.map((u) => [u.words.map((w) => w.text), u.entities, u.term?.id ?? null]),
    ).toEqual([
      [['Қытайдың'], ['=chn'], null],
      [['ядролық', 'қаруы'], [], 'nuclear-weapons'],
      [['туралы'], [], null],
    ]);
    expect(kk.expansions).toEqual([
      { term: 'CHN', kind: 'entity' },
      { term: 'nuclear-weapons', kind: 'glossary' },
    ]);
    const ru = planQuery('ядерного оружия', undefined, [NUCLEAR]);
    expect(ru.units).toHaveLength(1);
    expect(ru.units[0]!.term?.id).toBe('nuclear-weapons');
  });

  it('lets the longer of an entity and a bridge term claim the words', () => {
    const almatyAct: BridgeTerm = {
      id: 'almaty-act',
      kind: 'instrument',
      kk: ['Алматы актісі'],
      ru: ['Алматинский акт'],
      en: ['Almaty Act'],
    };
    const plan = planQuery('Almaty Act', undefined, [almatyAct]);
    expect(plan.units.map((u) => u.term?.id ?? u.entities)).toEqual(['almaty-act']);
  });

  it('tries a Cyrillic word as Kazakh and Russian, a Latin one as English and Kazakh Latin', () => {
    const [cyrillic] = planQuery('мемлекеттерінің', undefined, []).units[0]!.words;
    expect(cyrillic).toMatchObject({ ru: 'мемлекеттерінің', en: null });
    expect(cyrillic!.kk).toContain('мемлекет');
    const [latin] = planQuery('memleketter', undefined, []).units[0]!.words;
    expect(latin).toMatchObject({ ru: null, en: 'memleketter' });
    expect(latin!.kk).toContain('мемлекет');
    const [onlyKk] = planQuery('мемлекеттер', 'kk', []).units[0]!.words;
    expect(onlyKk).toMatchObject({ ru: null, en: null });
  });

  it('treats Russian and English forms of one word as the same stem, not unrelated words', () => {
    expect(sameStem('ядерного', 'ядерное')).toBe(true);
    expect(sameStem('drugs', 'drug')).toBe(true);
    expect(sameStem('мир', 'мира')).toBe(false);
    expect(sameStem('security', 'secretariat')).toBe(false);
  });
});

describe('snippets', () => {
  it('marks Kazakh words whose lemma the query holds, with offsets into the snippet', () => {
    const text = 'Кеңес жұмысы. Мемлекеттердің қауіпсіздігіне қатысты шешім қабылданды.';
    const { snippet, highlights } = kazakhSnippet(text, new Set(['қауіпсіздік']), []);
    expect(highlights.map(([s, e]) => snippet.slice(s, e))).toEqual(['қауіпсіздігіне']);
  });

  it('turns ts_headline marks into plain text and offsets', () => {
    expect(fromHeadline('the \u0002nuclear\u0003 test\nsite')).toEqual({
      snippet: 'the nuclear test site',
      highlights: [[4, 11]],
    });
  });
});
