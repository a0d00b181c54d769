import { describe, expect, it } from 'vitest';
import { devoiceFinal, isBack, restoreLostVowel, soundClass, voiceFinal } from './phonology.js';
import { canonical, context, MORPHS, SLOT_COUNT, type MorphId, type Slot } from './suffixes.js';

describe('phonology', () => {
  it('classes the last sound', () => {
    expect(soundClass('қала')).toBe('V');
    expect(soundClass('жер')).toBe('R');
    expect(soundClass('тау')).toBe('R');
    expect(soundClass('ел')).toBe('L');
    expect(soundClass('адам')).toBe('N');
    expect(soundClass('біз')).toBe('Z');
    expect(soundClass('мектеп')).toBe('K');
  });

  it('finds harmony from the last decisive vowel', () => {
    expect(isBack('қала')).toBe(true);
    expect(isBack('мектеп')).toBe(false);
    expect(isBack('министр')).toBe(false);
    expect(isBack('оқи')).toBe(true);
    expect(isBack('ту')).toBe(true);
  });

  it('voices and devoices stem-final consonants', () => {
    expect(voiceFinal('кітап')).toBe('кітаб');
    expect(voiceFinal('құлақ')).toBe('құлағ');
    expect(devoiceFinal('жүрег')).toBe('жүрек');
    expect(devoiceFinal('қала')).toBeNull();
    expect(restoreLostVowel('орн')).toBe('орын');
    expect(restoreLostVowel('ауз')).toBe('ауыз');
  });
});

describe('suffix allomorphs', () => {
  const pick = (id: MorphId, prev: string, prevId: Slot = 'NSTEM'): string =>
    MORPHS.get(id)!.pick(prev, prevId);

  it.each([
    ['PL', 'қала', 'лар'],
    ['PL', 'жер', 'лер'],
    ['PL', 'ел', 'дер'],
    ['PL', 'адам', 'дар'],
    ['PL', 'мектеп', 'тер'],
    ['GEN', 'қала', 'ның'],
    ['GEN', 'адам', 'ның'],
    ['GEN', 'жер', 'дің'],
    ['GEN', 'мектеп', 'тің'],
    ['DAT', 'қала', 'ға'],
    ['DAT', 'үй', 'ге'],
    ['DAT', 'мектеп', 'ке'],
    ['DAT', 'халық', 'қа'],
    ['ACC', 'қала', 'ны'],
    ['ACC', 'адам', 'ды'],
    ['ACC', 'кітап', 'ты'],
    ['LOC', 'қала', 'да'],
    ['LOC', 'мектеп', 'те'],
    ['ABL', 'қала', 'дан'],
    ['ABL', 'адам', 'нан'],
    ['ABL', 'мектеп', 'тен'],
    ['INS', 'қала', 'мен'],
    ['INS', 'біз', 'бен'],
    ['INS', 'мектеп', 'пен'],
    ['P3', 'қала', 'сы'],
    ['P3', 'мектеп', 'і'],
  ] as const)('%s after %s is -%s', (id, prev, form) => {
    expect(pick(id, prev)).toBe(form);
  });

  it('switches case forms after a 3rd-person possessive', () => {
    expect(pick('DAT', 'қаласы', 'P3')).toBe('на');
    expect(pick('LOC', 'қаласы', 'P3')).toBe('нда');
    expect(pick('ACC', 'қаласы', 'P3')).toBe('н');
    expect(pick('DAT', 'қалам', 'P1S')).toBe('а');
  });

  it.each([
    ['PAST', 'кел', 'ді'],
    ['PAST', 'айт', 'ты'],
    ['NEG', 'жаз', 'ба'],
    ['NEG', 'айт', 'па'],
    ['NEG', 'кел', 'ме'],
    ['AOR', 'кел', 'е'],
    ['AOR', 'жаса', 'й'],
    ['PPAST', 'бар', 'ған'],
    ['PPAST', 'айт', 'қан'],
    ['PPAST', 'кел', 'ген'],
    ['CONVP', 'жаз', 'ып'],
    ['CONVP', 'жаса', 'п'],
    ['PASS', 'жаса', 'л'],
    ['PASS', 'бөл', 'ін'],
    ['PASS', 'айт', 'ыл'],
    ['PPRES', 'кел', 'етін'],
    ['PPRES', 'жаса', 'йтын'],
  ] as const)('%s after %s is -%s', (id, prev, form) => {
    expect(pick(id, prev, 'VSTEM')).toBe(form);
  });
});

describe('canonical()', () => {
  it("gives what each morpheme's own canon gives, for every slot and context", () => {
    for (const m of MORPHS.values())
      for (let slot = 0; slot < SLOT_COUNT; slot++)
        for (let back = 0; back < 2; back++)
          for (let cls = 0; cls < 6; cls++)
            for (let l = 0; l < 2; l++) {
              const ctx = context(back === 1, cls, l === 1);
              expect(canonical(m, slot, ctx)).toBe(m.canon(slot, ctx));
            }
  });
});
