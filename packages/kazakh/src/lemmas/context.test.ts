import { describe, expect, it } from 'vitest';
import { analyze, lemmas, lemmatizeInContext } from '@senim/kazakh';
import { ALL_RULES, inContext } from './context.js';

/** Lemmas of the words of a sentence in context, with only `rules` on (all by default). */
function lemmasOf(words: readonly string[], rules: ReadonlySet<number> = ALL_RULES): string[] {
  return inContext(
    words.map((text) => ({ text, analyses: analyze(text) })),
    rules,
  ).map((list) => list[0]!.lemma);
}
const NONE: ReadonlySet<number> = new Set();

// Examples written for these tests (news and textbook style), one per rule: each is decided
// differently with the rule switched off, so every rule is shown to do what it claims.
describe('context rules', () => {
  it('1: a year before жылы makes it жыл + possessive, not the adjective (warm)', () => {
    const words = ['Келісімге', '2015', 'жылы', 'қол', 'қойылды', '.'];
    expect(lemmasOf(words, NONE)[2]).toBe('жылы');
    expect(lemmasOf(words, new Set([1]))[2]).toBe('жыл');
    expect(lemmasOf(['Өткен', 'жылы', 'сауда', 'өсті', '.'])[1]).toBe('жыл');
    // without a numeral or a time modifier, жылы stays the adjective
    expect(lemmasOf(['Кездесу', 'жылы', 'өтті', '.'])[1]).toBe('жылы');
  });

  it('2: a genitive pronoun selects the matching possessive', () => {
    const words = ['Бұл', 'менің', 'әкем', 'туралы', 'кітап', '.'];
    expect(lemmasOf(words, NONE)[2]).toBe('әкем');
    expect(lemmasOf(words, new Set([2]))[2]).toBe('әке');
  });

  it('3: after a numeral comes a nominal, not a converb', () => {
    const words = ['Экспорт', 'үш', 'есе', 'артты', '.'];
    expect(lemmasOf(words, NONE)[2]).toBe('ес');
    expect(lemmasOf(words, new Set([3]))[2]).toBe('есе');
  });

  it('4: before a noun, a modifier rather than a past verb or an -а/-е converb', () => {
    const words = ['Бұл', 'келіссөздердің', 'басты', 'мәселесі', '.'];
    expect(lemmasOf(words, NONE)[2]).toBe('бас');
    expect(lemmasOf(words, new Set([4]))[2]).toBe('басты');
    expect(lemmasOf(['Ол', 'қара', 'жұмысқа', 'барды', '.'], new Set([4]))[1]).toBe('қара');
    // a converb with no verb after it is a nominal too (Міне, ...)
    expect(lemmasOf(['Міне', ',', 'нәтиже', 'осындай', '.'], new Set([4]))[0]).toBe('міне');
    // the finite verb that ends a clause keeps its reading before a capitalised word
    expect(lemmasOf(['Жоқ', '—', 'деді', 'Министр', '.'], new Set([4]))[2]).toBe('де');
  });

  it('4: a bare agent noun in -ушы before a bare noun is the participle that describes it', () => {
    const words = ['Атқарушы', 'орган', 'шешім', 'қабылдады', '.'];
    expect(lemmasOf(words, NONE)[0]).toBe('атқарушы');
    expect(lemmasOf(words, new Set([4]))[0]).toBe('атқар');
    // the subject before its object stays the noun, and so does an inflected agent noun
    expect(lemmasOf(['Оқушы', 'мектепке', 'келді', '.'])[0]).toBe('оқушы');
    expect(lemmasOf(['Оқушы', 'кітап', 'оқыды', '.'])[0]).toBe('оқушы');
    expect(lemmasOf(['Сайлаушылар', 'дауыс', 'берді', '.'])[0]).toBe('сайлаушы');
  });

  it('5: -ды/-ті before a verb is an accusative object, not a whole adjective', () => {
    const words = ['Делегация', 'құжатты', 'қабылдады', '.'];
    expect(lemmasOf(words, NONE)[1]).toBe('құжатты');
    expect(lemmasOf(words, new Set([5]))[1]).toBe('құжат');
    // before бол- the adjective stays (маңызды болды)
    expect(lemmasOf(['Бұл', 'маңызды', 'болды', '.'], new Set([5]))[1]).toBe('маңызды');
  });

  it('6: the word before the end of the sentence is read as a finite verb', () => {
    const words = ['Біз', 'жаңа', 'мектеп', 'аштық', '.'];
    expect(lemmasOf(words, NONE)[3]).toBe('аштық');
    expect(lemmasOf(words, new Set([6]))[3]).toBe('аш');
  });

  it('7: before a noun, a listed modifier rather than a noun + possessive', () => {
    const words = ['Елде', 'ішкі', 'нарық', 'дамыды', '.'];
    expect(lemmasOf(words, NONE)[1]).toBe('ішік');
    expect(lemmasOf(words, new Set([7]))[1]).toBe('ішкі');
    // after a possessor the possessive reading stays (қазақ халқы)
    expect(lemmasOf(['Қазақ', 'халқы', 'ел', 'тәуелсіздігін', 'тойлады', '.'])[1]).toBe('халық');
  });

  it('8: a capitalised verb form in mid-sentence is a name', () => {
    const words = ['Кеше', 'Төлеген', 'ауылға', 'келді', '.'];
    expect(lemmasOf(words, NONE)[1]).toBe('төле');
    expect(lemmasOf(words, new Set([8]))[1]).toBe('Төлеген');
    const ranked = inContext(words.map((text) => ({ text, analyses: analyze(text) })));
    expect(ranked[1]![0]!.pos).toBe('PROPN');
    // at the start of a sentence the capital says nothing
    expect(lemmasOf(['Төлеген', 'жоқ', '.'], new Set([8]))[0]).toBe('төле');
  });

  it('8: a personal name that is also a common word is the name when capitalised in mid-sentence', () => {
    // азамат is a citizen; the spelling list also gives Азамат as a personal name
    const words = ['Кеше', 'біз', 'Азаматпен', 'кездестік', '.'];
    expect(lemmasOf(words, NONE)[2]).toBe('азамат');
    expect(lemmasOf(words, new Set([8]))[2]).toBe('Азамат');
    // not at the start of a sentence, not in the plural, not written in lower case
    expect(lemmasOf(['Азаматтар', 'сайлауға', 'қатысты', '.'])[0]).toBe('азамат');
    expect(lemmasOf(['Бұл', 'Азаматтар', 'одағы', '.'])[1]).toBe('азамат');
    expect(lemmasOf(['Әрбір', 'азамат', 'дауыс', 'береді', '.'])[1]).toBe('азамат');
  });

  it('9: a genitive noun is followed by the noun it possesses, not a verb form', () => {
    const words = ['Құстың', 'қанатын', 'көрдім', '.'];
    expect(lemmasOf(words, NONE)[1]).toBe('қан');
    expect(lemmasOf(words, new Set([9]))[1]).toBe('қанат');
  });

  it('10: before a comma, -са + person is the conditional', () => {
    // (білсең in `Тілін білсең, жол табасың.` is now decided by the frequency prior alone)
    const words = ['Шынын', 'айтсаң', ',', 'жұрт', 'сенеді', '.'];
    expect(lemmasOf(words, NONE)[1]).toBe('айтса');
    expect(lemmasOf(words, new Set([10]))[1]).toBe('айт');
  });

  it('12: the clause quoted before деп ends in a finite verb', () => {
    const words = ['Мен', 'ұстайын', 'деп', 'ойладым', '.'];
    expect(lemmasOf(words, new Set([6]))[1]).toBe('ұстай');
    expect(lemmasOf(words, new Set([6, 12]))[1]).toBe('ұста');
  });

  it('13: an accusative object before a listed -у noun makes it a verbal noun', () => {
    const words = ['Әкімді', 'сайлау', 'кезінде', 'дау', 'болды', '.'];
    expect(lemmasOf(words, NONE)[1]).toBe('сайлау');
    expect(lemmasOf(words, new Set([13]))[1]).toBe('сайла');
    // without an object the listed noun stays (сайлау өтті: the election took place)
    expect(lemmasOf(['Кеше', 'сайлау', 'өтті', '.'])[1]).toBe('сайлау');
  });

  it('re-orders readings without losing any, and never puts a guess first over a known word', () => {
    const words = ['2015', 'жылы', 'Блумфилдтің', 'кітабы', 'шықты', '.'];
    const ranked = inContext(words.map((text) => ({ text, analyses: analyze(text) })));
    ranked.forEach((list, i) => {
      const original = analyze(words[i]!);
      expect([...list].sort((a, b) => a.lemma.localeCompare(b.lemma))).toEqual(
        [...original].sort((a, b) => a.lemma.localeCompare(b.lemma)),
      );
      if (original[0]!.features.Guess !== 'Yes') expect(list[0]!.features.Guess).toBeUndefined();
    });
  });
});

describe('lemmatizeInContext and lemmas', () => {
  it('gives one reading per token, punctuation included', () => {
    const words = ['2019', 'жылы', 'келісім', 'жасалды', '.'];
    const result = lemmatizeInContext(words);
    expect(result).toHaveLength(words.length);
    expect(result.map((a) => a.lemma).slice(0, 4)).toEqual(['2019', 'жыл', 'келісім', 'жаса']);
  });

  it('lemmas() chooses in context and reports the chosen reading first', () => {
    const result = lemmas('Шарт 2019 жылы күшіне енді. Біз жаңа мектеп аштық.');
    const byText = new Map(result.map((t) => [t.text, t]));
    expect(byText.get('жылы')?.lemma).toBe('жыл');
    expect(byText.get('аштық')?.lemma).toBe('аш');
    for (const t of result) expect(t.lemma).toBe(t.analyses[0]!.lemma);
  });
});
