// Hand-written forms from Kazakh grammar (not from any treebank), through the public entry.
import { describe, expect, it } from 'vitest';
import { analyze, clearAnalysisCache, isKnownWord, lemmatize } from '@senim/kazakh';
import { isGivenName } from './lexicon.js';

const lemmaOf = (w: string): string => lemmatize(w).lemma;
const hasReading = (w: string, lemma: string): boolean => analyze(w).some((a) => a.lemma === lemma);

describe('nominal chain', () => {
  it.each([
    ['қалаға', 'қала', 'Dat'],
    // a loanword's double final consonant is written single before an ending
    ['процеске', 'процесс', 'Dat'],
    ['конгресіне', 'конгресс', 'Dat'],
    ['кластардың', 'класс', 'Gen'],
    ['қаладан', 'қала', 'Abl'],
    ['қалада', 'қала', 'Loc'],
    ['қаланың', 'қала', 'Gen'],
    ['қаланы', 'қала', 'Acc'],
    ['қаламен', 'қала', 'Ins'],
    ['үкіметтің', 'үкімет', 'Gen'],
    ['мектепке', 'мектеп', 'Dat'],
    ['елге', 'ел', 'Dat'],
    ['елден', 'ел', 'Abl'],
    ['адамнан', 'адам', 'Abl'],
    ['ұйымға', 'ұйым', 'Dat'],
    ['қаладағы', 'қала', 'Loc'],
  ])('%s → %s, Case=%s', (form, lemma, kase) => {
    const a = lemmatize(form);
    expect(a.lemma).toBe(lemma);
    expect(a.features.Case).toBe(kase);
  });

  it('reads the full chain stem + plural + possessive + case', () => {
    const a = lemmatize('мемлекеттеріміздің');
    expect(a.lemma).toBe('мемлекет');
    expect(a.pos).toBe('NOUN');
    expect(a.features).toMatchObject({
      Number: 'Plur',
      'Person[psor]': '1',
      'Number[psor]': 'Plur',
      Case: 'Gen',
    });
  });

  it.each([
    ['елдер', 'ел'],
    ['ұйымдар', 'ұйым'],
    ['мектептер', 'мектеп'],
    ['мемлекеттер', 'мемлекет'],
    ['келісімдері', 'келісім'],
    ['ерекшеліктері', 'ерекшелік'],
  ])('plural %s → %s', (form, lemma) => {
    expect(lemmaOf(form)).toBe(lemma);
    expect(lemmatize(form).features.Number).toBe('Plur');
  });

  it('keeps derivation in the lemma', () => {
    expect(lemmaOf('ерекшелік')).toBe('ерекшелік');
    expect(lemmaOf('ынтымақтастық')).toBe('ынтымақтастық');
    expect(lemmaOf('қауіпсіздігі')).toBe('қауіпсіздік');
  });

  it('undoes the voicing of stem-final п к қ before a vowel', () => {
    expect(lemmaOf('кітабы')).toBe('кітап');
    expect(lemmaOf('құлағы')).toBe('құлақ');
    expect(lemmatize('кітабы').features['Person[psor]']).toBe('3');
  });

  it('restores a lost stem vowel', () => {
    expect(lemmaOf('аузы')).toBe('ауыз');
    expect(lemmaOf('ерні')).toBe('ерін');
    expect(hasReading('орны', 'орын')).toBe(true);
  });

  it('uses the н-forms of the cases after a 3rd-person possessive', () => {
    expect(lemmatize('қаласына').features).toMatchObject({ 'Person[psor]': '3', Case: 'Dat' });
    expect(lemmatize('қаласында').features).toMatchObject({ 'Person[psor]': '3', Case: 'Loc' });
    expect(lemmatize('қаласынан').features).toMatchObject({ 'Person[psor]': '3', Case: 'Abl' });
    expect(lemmatize('кітабын').features).toMatchObject({ 'Person[psor]': '3', Case: 'Acc' });
  });
});

describe('verbal chain', () => {
  it.each([
    ['келді', 'кел', { Tense: 'Past', VerbForm: 'Fin' }],
    ['жасайды', 'жаса', { Tense: 'Pres', Person: '3' }],
    ['оқиды', 'оқы', { Tense: 'Pres', Person: '3' }],
    ['келмейді', 'кел', { Polarity: 'Neg', Tense: 'Pres' }],
    ['жоспарланып', 'жоспарла', { Voice: 'Pass', VerbForm: 'Conv' }],
    ['берілген', 'бер', { Voice: 'Pass', VerbForm: 'Part', Tense: 'Past' }],
    ['айтылды', 'айт', { Voice: 'Pass', Tense: 'Past' }],
    ['келген', 'кел', { VerbForm: 'Part', Tense: 'Past' }],
    ['келетін', 'кел', { VerbForm: 'Part', Tense: 'Pres' }],
    ['жазып', 'жаз', { VerbForm: 'Conv', Aspect: 'Perf' }],
    ['келсе', 'кел', { Mood: 'Cnd' }],
    ['келіңіздер', 'кел', { Mood: 'Imp', Number: 'Plur', Polite: 'Form' }],
    ['жасаңыздар', 'жаса', { Mood: 'Imp', Number: 'Plur', Polite: 'Form' }],
    ['келдіңіздер', 'кел', { Tense: 'Past', Number: 'Plur', Person: '2', Polite: 'Form' }],
    ['барсаңыздар', 'бар', { Mood: 'Cnd', Number: 'Plur', Polite: 'Form' }],
    ['келсін', 'кел', { Mood: 'Imp', Person: '3' }],
    ['келдік', 'кел', { Tense: 'Past', Person: '1', Number: 'Plur' }],
    ['барамын', 'бар', { Person: '1', Number: 'Sing' }],
    ['табады', 'тап', { Tense: 'Pres' }],
  ])('%s → %s', (form, lemma, features) => {
    const a = lemmatize(form);
    expect(a.lemma).toBe(lemma);
    expect(a.pos).toBe('VERB');
    expect(a.features).toMatchObject(features);
  });

  it('reads plural verbal nouns as nouns', () => {
    expect(lemmatize('сайлаулар')).toMatchObject({
      lemma: 'сайлау',
      pos: 'NOUN',
      features: { Number: 'Plur' },
    });
    expect(lemmatize('кездесулер').lemma).toBe('кездесу');
  });

  it('reads verbal nouns with case endings', () => {
    const a = lemmatize('қоюға');
    expect(a.lemma).toBe('қой');
    expect(a.features).toMatchObject({ VerbForm: 'Ger', Case: 'Dat' });
  });
});

describe('pronouns and function words', () => {
  it.each([
    ['маған', 'мен', 'Dat'],
    ['оның', 'ол', 'Gen'],
    ['бізге', 'біз', 'Dat'],
    ['сізге', 'сіз', 'Dat'],
    ['мұның', 'бұл', 'Gen'],
    ['осыған', 'осы', 'Dat'],
  ])('%s → %s', (form, lemma, kase) => {
    const a = lemmatize(form);
    expect(a.lemma).toBe(lemma);
    expect(a.pos).toBe('PRON');
    expect(a.features.Case).toBe(kase);
  });

  it('gives the copula its stem', () => {
    expect(lemmaOf('еді')).toBe('е');
    expect(lemmaOf('емес')).toBe('е');
    expect(lemmaOf('міз')).toBe('е');
    expect(lemmaOf('екен')).toBe('е');
    expect(lemmatize('еді').pos).toBe('AUX');
  });

  it('keeps postpositions and conjunctions whole', () => {
    expect(lemmatize('туралы')).toMatchObject({ lemma: 'туралы', pos: 'ADP' });
    expect(lemmatize('үшін')).toMatchObject({ lemma: 'үшін', pos: 'ADP' });
    expect(lemmatize('және')).toMatchObject({ lemma: 'және', pos: 'CCONJ' });
  });
});

describe('case, abbreviations, numerals, compounds', () => {
  it('keeps proper nouns capitalised and lowers common nouns', () => {
    expect(lemmatize('Астанаға')).toMatchObject({ lemma: 'Астана', pos: 'PROPN' });
    expect(lemmaOf('Үкімет')).toBe('үкімет');
    expect(lemmaOf('ҚАЗАҚСТАН')).toBe('Қазақстан');
  });

  it.each([
    ['АҚШ-пен', 'АҚШ', 'Ins'],
    ['БҰҰ-ның', 'БҰҰ', 'Gen'],
    ['НАТО-ға', 'НАТО', 'Dat'],
    ['ҰҚШҰ-ға', 'ҰҚШҰ', 'Dat'],
  ])('abbreviation %s → %s', (form, lemma, kase) => {
    const a = lemmatize(form);
    expect(a.lemma).toBe(lemma);
    expect(a.pos).toBe('PROPN');
    expect(a.features.Case).toBe(kase);
  });

  it('follows the harmony of names and loanwords', () => {
    expect(lemmaOf('Назарбаевтың')).toBe('Назарбаев');
    expect(lemmaOf('министрі')).toBe('министр');
    expect(lemmaOf('институты')).toBe('институт');
    expect(lemmatize('Чейнидің')).toMatchObject({
      lemma: 'Чейни',
      features: { Case: 'Gen', Guess: 'Yes' },
    });
  });

  it('keeps capitals on name parts of compounds and short capitalised abbreviations', () => {
    expect(lemmaOf('Нұр-Сұлтанда')).toBe('Нұр-Сұлтан');
    expect(lemmaOf('Рио-де-Жанейродағы')).toBe('Рио-де-Жанейро');
    expect(lemmaOf('УЕФА')).toBe('УЕФА');
    expect(lemmaOf('ЖӘНЕ')).toBe('және');
  });

  it('reads numerals with endings', () => {
    expect(lemmatize('21-ші')).toMatchObject({
      lemma: '21',
      pos: 'NUM',
      features: { NumType: 'Ord' },
    });
    expect(lemmatize('2017-нші').lemma).toBe('2017');
    expect(lemmatize('1990-жылдары').lemma).toBe('1990-жыл');
    expect(lemmatize('2010')).toMatchObject({ lemma: '2010', pos: 'NUM' });
    expect(lemmatize('2017-2018')).toMatchObject({ lemma: '2017-2018', pos: 'NUM' });
  });

  it('inflects the last part of pair words', () => {
    expect(lemmaOf('қару-жарақтың')).toBe('қару-жарақ');
    expect(lemmaOf('саяси-экономикалық')).toBe('саяси-экономикалық');
  });
});

describe('personal names of the spelling list', () => {
  it('reads a name that is nothing else only in a capitalised word', () => {
    expect(analyze('Айдосқа')[0]).toMatchObject({ lemma: 'Айдос', pos: 'PROPN' });
    expect(analyze('Айдосқа')[0]?.features).toMatchObject({ Case: 'Dat' });
    expect(analyze('Айдосқа')[0]?.features.Guess).toBeUndefined();
    // in lower case the name is no stem: a common word is not read as Талмас + ablative
    expect(analyze('айдосқа')[0]?.features.Guess).toBe('Yes');
    expect(lemmaOf('талмастан')).toBe('талмастан');
    expect(isKnownWord('Айдосқа')).toBe(true);
    expect(isKnownWord('айдосқа')).toBe(false);
  });

  it('keeps a name that is also a common word as the common word (the context decides)', () => {
    expect(lemmaOf('Азаматтың')).toBe('азамат');
    expect(isGivenName('азамат')).toBe(true);
    expect(isGivenName('мемлекет')).toBe(false);
  });
});

describe('unknown words and isKnownWord', () => {
  it('never returns an empty list and guesses a stem for unknown words', () => {
    const a = analyze('Блумфилдтің');
    expect(a.length).toBeGreaterThan(0);
    expect(a[0]).toMatchObject({ lemma: 'Блумфилд', features: { Guess: 'Yes', Case: 'Gen' } });
    expect(analyze('')).toHaveLength(1);
    expect(lemmaOf('Н.Назарбаев')).toBe('Н.Назарбаев');
    expect(lemmaOf('ҚР-ның')).toBe('ҚР');
  });

  it('accepts words on a lexicon stem and rejects OCR damage', () => {
    for (const w of [
      'қала',
      'қызмет',
      'бағыт',
      'оңтүстік',
      'үкімет',
      'мүшелерінің',
      'конвенция',
      'комитет',
    ]) {
      expect(isKnownWord(w), w).toBe(true);
    }
    for (const w of ['кала', 'кызмет', 'багыт', 'онтүстік', 'укімет', 'мүшелерініц', 'коші-қон']) {
      expect(isKnownWord(w), w).toBe(false);
    }
  });

  it('returns frozen readings', () => {
    const a = analyze('елдер');
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
    expect(Object.isFrozen(a[0]!.features)).toBe(true);
  });
});

// Clean-up rules of scripts/build-lexicon.mjs, checked through the generated lexicon.
describe('lexicon clean-up', () => {
  it.each([
    // -лы/-лі adjectives whose truncated stem (мүддел, күрдел) the spelling list also has
    ['мүдделі', 'мүдделі'],
    ['күрделі', 'күрделі'],
    ['жүйелі', 'жүйелі'],
    ['үлгілі', 'үлгілі'],
    // real words in л take consonant-initial endings and stay stems
    ['құралдар', 'құрал'],
    ['беделі', 'бедел'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmaOf(form)).toBe(lemma);
  });

  it.each([
    // words with derivatives of their own are stems, not possessive or case forms
    ['желі', 'желі'],
    ['желілері', 'желі'],
    ['кісі', 'кісі'],
    ['кісінің', 'кісі'],
    ['шаңғы', 'шаңғы'],
    ['ертегі', 'ертегі'],
    ['жалпы', 'жалпы'],
    // possessive forms of loanwords with back harmony after и are not listed as stems
    ['тарихы', 'тарих'],
    ['тарихымызға', 'тарих'],
    ['институты', 'институт'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmaOf(form)).toBe(lemma);
    expect(isKnownWord(form)).toBe(true);
  });
});

describe('posture verbs', () => {
  it.each([
    ['отырмын', 'отыр'],
    ['отырмыз', 'отыр'],
    ['тұрмын', 'тұр'],
    ['тұрсыңдар', 'тұр'],
    ['жүрмін', 'жүр'],
    ['жүрсіздер', 'жүр'],
  ])('the present %s takes person endings on the stem → %s', (form, lemma) => {
    expect(lemmaOf(form)).toBe(lemma);
    expect(lemmatize(form).features).toMatchObject({ Aspect: 'Prog', Tense: 'Pres' });
  });
});

describe('negative verb forms', () => {
  // hunspell-kk lists negative infinitives (бермеу, қалмау); the lexicon build drops their
  // stems, so the negation is read as a suffix of the listed verb
  it.each([
    ['бермейді', 'бер'],
    ['қалмайды', 'қал'],
    ['жазбады', 'жаз'],
    ['келмеген', 'кел'],
    ['айтпайды', 'айт'],
  ])('%s → %s + negation', (form, lemma) => {
    const a = lemmatize(form);
    expect(a.lemma).toBe(lemma);
    expect(a.features.Polarity).toBe('Neg');
  });
});

describe('comparative and desiderative', () => {
  it.each([
    ['жақынырақ', 'жақын'],
    ['үлкенірек', 'үлкен'],
    ['кішірек', 'кіші'],
    ['арзанырақ', 'арзан'],
    ['жақынырағы', 'жақын'],
  ])('the comparative %s → %s, Degree=Cmp', (form, lemma) => {
    const a = lemmatize(form);
    expect(a.lemma).toBe(lemma);
    expect(a.features.Degree).toBe('Cmp');
  });

  it('does not read a short word as a comparative (керек is not ке + рек)', () => {
    expect(lemmaOf('керек')).toBe('керек');
  });

  it.each([
    ['айтқым', 'айт', '1'],
    ['барғысы', 'бар', '3'],
    ['оқығым', 'оқы', '1'],
  ])('the desiderative %s → %s with a possessive', (form, lemma, person) => {
    const a = lemmatize(form);
    expect(a.lemma).toBe(lemma);
    expect(a.pos).toBe('VERB');
    expect(a.features).toMatchObject({ Mood: 'Des', 'Person[psor]': person });
  });

  it('leaves -ғы/-гі adjectives alone (сыртқы, not сырт- + desiderative)', () => {
    expect(lemmaOf('сыртқы')).toBe('сыртқы');
    expect(lemmatize('ішкі').features.Mood).toBeUndefined();
  });
});

describe('guessed verb stems', () => {
  // verbs not in the lexicon: the converb -ып/-іп follows a consonant-final stem far more often
  // than -п follows a stem in ы/і
  it.each([
    ['нығайып', 'нығай'],
    ['күшейіп', 'күшей'],
    ['тұралатып', 'тұралат'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmaOf(form)).toBe(lemma);
  });
});

describe('cache and shared feature objects', () => {
  it('gives the same frozen readings from the cache and from a fresh analysis', () => {
    const words = ['мемлекеттеріміздің', 'Блумфилдтің', 'жоспарланып', 'АҚШ-пен', 'басты', 'оқиды'];
    const cached = words.map((w) => analyze(w));
    clearAnalysisCache();
    const fresh = words.map((w) => analyze(w));
    expect(fresh).toEqual(cached);
    for (const list of fresh) {
      expect(Object.isFrozen(list)).toBe(true);
      for (const a of list) expect(Object.isFrozen(a.features)).toBe(true);
    }
  });
});

describe('lexicon: month names and words that look like comparatives', () => {
  it.each([
    ['шілде', 'шілде'],
    ['шілдеде', 'шілде'],
    ['қаңтарда', 'қаңтар'],
    ['желтоқсанның', 'желтоқсан'],
  ])('the month %s → %s', (form, lemma) => {
    expect(lemmaOf(form)).toBe(lemma);
  });

  // the lexicon build must not drop listed nouns that the comparative -рақ/-рек or the
  // desiderative -ғы/-гі would explain
  it.each([
    ['топырақ', 'топырақ'],
    ['жапырақ', 'жапырақ'],
    ['көкірек', 'көкірек'],
    ['құрылғы', 'құрылғы'],
  ])('%s stays a word of its own', (form, lemma) => {
    expect(lemmaOf(form)).toBe(lemma);
  });
});

describe('adverbs that are frozen case forms', () => {
  it.each(['кейде', 'негізінен', 'алдымен', 'бірден', 'шынында', 'ақырында'])(
    '%s is an adverb, not a stem + case',
    (form) => {
      const a = lemmatize(form);
      expect(a.lemma).toBe(form);
      expect(a.pos).toBe('ADV');
    },
  );
});

describe('contracted and older forms', () => {
  it.each([
    ['бұ', 'бұл'],
    ['боп', 'бол'],
    ['қып', 'қыл'],
    ['ғып', 'қыл'],
    ['онан', 'ол'],
    ['сонан', 'сол'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmaOf(form)).toBe(lemma);
  });
});

describe('lexicon clean-up against hand-listed stems', () => {
  // inflected forms in the spelling list of a stem that only the hand-written additions list
  it.each([
    ['өнімі', 'өнім'],
    ['комитеті', 'комитет'],
    ['импорты', 'импорт'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmaOf(form)).toBe(lemma);
  });
});

describe('loanwords ending in к or г', () => {
  // Kazakh к and г are front consonants: such loanwords take front, voiceless endings whatever
  // their vowels (банкте, Гамбургке), also when the stem is unknown
  it.each([
    ['банкте', 'банк', 'Loc'],
    ['паркке', 'парк', 'Dat'],
    ['Гамбургке', 'Гамбург', 'Dat'],
    ['Страсбургте', 'Страсбург', 'Loc'],
  ])('%s → %s, Case=%s', (form, lemma, kase) => {
    const a = lemmatize(form);
    expect(a.lemma).toBe(lemma);
    expect(a.features.Case).toBe(kase);
  });
});

describe('й + а written я', () => {
  it.each([
    ['қояды', 'қой'],
    ['қояр', 'қой'],
    ['тояды', 'той'],
  ])('%s → %s', (form, lemma) => {
    const a = lemmatize(form);
    expect(a.lemma).toBe(lemma);
    expect(a.pos).toBe('VERB');
  });
});

describe('the spoken 1st singular present', () => {
  it.each([
    ['алам', 'ал'],
    ['келем', 'кел'],
    ['айтам', 'айт'],
  ])('%s → %s', (form, lemma) => {
    const a = lemmatize(form);
    expect(a.lemma).toBe(lemma);
    expect(a.features).toMatchObject({ Person: '1', Number: 'Sing' });
  });

  it('keeps listed nouns of the same shape (қалам pen, адам person, тағам food)', () => {
    expect(lemmaOf('қалам')).toBe('қалам');
    expect(lemmaOf('адам')).toBe('адам');
    expect(lemmaOf('тағам')).toBe('тағам');
  });
});
