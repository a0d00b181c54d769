/**
 * Contextual choice between the readings the analyser returns for a word. `analyze` sees one
 * word; in running text the neighbours often settle what it cannot. The rules are hand-written
 * from general Kazakh grammar (word order is head-final: modifiers precede their noun, the
 * finite verb ends the clause, a genitive possessor agrees with the possessive of the noun it
 * governs), not learned, and each only re-orders readings the analyser already found: a rule
 * moves the first reading that fits it to the front, never a guess over a lexicon reading.
 *
 * Rules, in the order they are tried (the first that applies decides):
 * 1. time nouns after a numeral or a time modifier take the possessive/locative construction:
 *    `2019 жылы`, `өткен жылы`, `келесі айы` → жыл/ай + possessive, not the adjective жылы (warm);
 * 2. a genitive personal pronoun selects the matching possessive on the next word: `менің
 *    әкем` → әке + 1st singular, `біздің кездесуіміз` → 1st plural;
 * 3. after a numeral comes what it counts, a nominal: `үш есе` is not the converb of ес-;
 * 4. before a noun or adjective (a modifier position) a finite verb or converb reading gives way
 *    to a nominal one: `басты мәселе` (main issue, not "pressed"), `қара жұмыс`; and a bare agent
 *    noun in -ушы/-уші there is the participle that describes the noun (`атқарушы орган` → атқар-);
 * 5. a word in -ды/-ді/-ты/-ті read as a whole adjective (маңызды) is an accusative object when
 *    a verb follows: `кітапты оқыды` → кітап + accusative;
 * 6. the word before the end of a sentence is its predicate: a finite verb reading beats a
 *    nominal one there (`... ауданын аштық.` → аш- + 1st plural past);
 * 7. a noun + 3rd-person possessive read off a whole listed modifier gives way to the whole
 *    word before another nominal (`ішкі саясат`: ішкі, not ішік + possessive);
 * 8. verbs are not capitalised in mid-sentence: a capitalised word there read as a verb is a
 *    name (`Алтай`, `Төлеген`), its nominal reading with the capital, or the word itself; nor
 *    are common nouns: one that the spelling list also gives as a personal name is the name
 *    there (`Азамат`, not азамат, citizen), unless it is plural;
 * 9. a genitive noun is followed by what it possesses, not by a verb form: `құстың қанатын`
 *    → қанат + possessive + accusative, not the participle of қан-;
 * 10. a conditional clause ends before a comma: `тілін білсең, ...` → біл- + conditional;
 * 12. (with 6) a clause quoted before a form of де- (say) ends in its predicate: `ұстайын деп`
 *    → ұста- + optative;
 * 13. an accusative object before a noun in -у makes it the verbal noun of its verb (nouns do
 *    not govern the accusative): `әкімді сайлау` → сайла-, while `сайлау өтті` stays the noun.
 * (A rule for the case a postposition governs, елге қарсы, changed nothing on the benchmark
 * and was left out.)
 * (Rules 9, 10 and 13 are tried before 3.)
 */
import { isGivenName, type Analysis } from '../morph/index.js';
import { CHAR_CLASS, DIGIT, LETTER } from '../text/chars.js';

/** A token of running text as the context rules see it. */
export interface ContextToken {
  /** The surface form analysed. */
  readonly text: string;
  /** Readings, best first (as `analyze` returns them). */
  readonly analyses: readonly Analysis[];
}

const SENTENCE_END = /^[.!?…]+$/;
const PUNCT = /^[\p{P}\p{S}]+$/u;

/** Punctuation or symbols only; a token that starts with a letter or a digit is not tested. */
function isPunctuation(text: string): boolean {
  const k = CHAR_CLASS[text.charCodeAt(0)];
  return k !== LETTER && k !== DIGIT && PUNCT.test(text);
}
const DIGITS = /^\d/;
const UPPER = /^\p{Lu}/u;
/** Verbs that take a nominal predicate: бол- (be, become) and the copula е-. */
const COPULAS = new Set(['бол', 'е']);

/** Nouns of time that take the possessive in dates and periods (2019 жылы, келесі айы). */
const TIME_NOUNS = new Set([
  'жыл',
  'ай',
  'күн',
  'апта',
  'ғасыр',
  'тоқсан',
  'сағат',
  'түн',
  'таң',
  'кез',
  'мезгіл',
  'маусым',
]);

/** Modifiers of a time noun that are not numerals: өткен жылы, келесі айы, осы жылы. */
const TIME_MODIFIERS = new Set([
  'өткен',
  'келесі',
  'келер',
  'биылғы',
  'ағымдағы',
  'алдыңғы',
  'соңғы',
  'сол',
  'осы',
  'бұл',
  'әр',
  'әрбір',
  'сондағы',
  'былтырғы',
  'бірінші',
  'екінші',
]);

/** The best reading of token `i` is a finite verb (punctuation and symbols have no readings). */
const isFiniteAt = (tokens: readonly ContextToken[], i: number): boolean => {
  const best = tokens[i]?.analyses[0];
  return best !== undefined && isFinite(best);
};

/** The bare agent noun of a verb: -ушы/-уші (and -юшы/-юші after й). */
const AGENT = /[ую]ш[ыі]$/;

/** Forms of де- (say) that follow a quoted clause: "келдім" деп. */
const QUOTING = new Set(['деп', 'деді', 'дейді', 'деген', 'десе', 'дегенде']);

/** Person and number of the possessive a genitive personal pronoun calls for. */
const PRONOUN_POSSESSOR: Record<string, readonly [person: string, number: string]> = {
  мен: ['1', 'Sing'],
  сен: ['2', 'Sing'],
  біз: ['1', 'Plur'],
  біздер: ['1', 'Plur'],
  сіз: ['2', ''],
  сіздер: ['2', ''],
};

/**
 * A feature of a reading. (Feature objects come in as many shapes as there are suffix chains;
 * read at this one place, the look-up is known early to meet many shapes, and V8 does not throw
 * away its optimised rules each time a reading of another shape comes by, as it did when every
 * rule read the features itself.)
 */
const feature = (a: Analysis, name: string): string | undefined => a.features[name];

const isGuess = (a: Analysis): boolean => feature(a, 'Guess') === 'Yes';
const isVerbal = (a: Analysis): boolean => a.pos === 'VERB' || a.pos === 'AUX';
const isFinite = (a: Analysis): boolean =>
  isVerbal(a) && (feature(a, 'VerbForm') === 'Fin' || feature(a, 'Mood') !== undefined);
const isNominal = (a: Analysis): boolean =>
  a.pos === 'NOUN' || a.pos === 'ADJ' || a.pos === 'PROPN' || a.pos === 'DET';
const isNumeral = (t: ContextToken | undefined): boolean =>
  t !== undefined && (DIGITS.test(t.text) || t.analyses[0]?.pos === 'NUM');
/** A bare nominal: nominative (or no case), no possessive, no person ending. */
const isBareNominal = (a: Analysis): boolean =>
  isNominal(a) &&
  (feature(a, 'Case') === undefined || feature(a, 'Case') === 'Nom') &&
  feature(a, 'Person[psor]') === undefined &&
  feature(a, 'Person') === undefined;
/** The reading is the word itself, nothing stripped. */
const isWhole = (a: Analysis, text: string): boolean =>
  a.lemma.toLowerCase() === text.toLowerCase() && isBareNominal(a);

/**
 * The index of the first reading that satisfies `fits`, if it may replace the best one (a
 * guess never replaces a reading on the lexicon), or -1.
 */
function find(analyses: readonly Analysis[], fits: (a: Analysis) => boolean): number {
  const bestKnown = !isGuess(analyses[0]!);
  for (let i = 1; i < analyses.length; i++) {
    const a = analyses[i]!;
    if (bestKnown && isGuess(a)) continue;
    if (fits(a)) return i;
  }
  return -1;
}

/** Which reading of token `i` the context prefers (0 when it does not decide). */
function choose(
  tokens: readonly ContextToken[],
  chosen: readonly (Analysis | undefined)[],
  i: number,
  on: ReadonlySet<number>,
): number {
  const t = tokens[i]!;
  const list = t.analyses;
  if (list.length < 2) return 0;
  const best = list[0]!;
  const prevToken = i > 0 ? tokens[i - 1] : undefined;
  const prevText = prevToken?.text ?? '';
  const prev = i > 0 && !isPunctuation(prevText) ? chosen[i - 1] : undefined;
  const nextToken = tokens[i + 1];
  const nextText = nextToken?.text ?? '';
  const next = nextToken && !isPunctuation(nextText) ? nextToken.analyses[0] : undefined;

  // 1. time nouns with the possessive after a numeral or a time modifier (2019 жылы)
  if (
    on.has(1) &&
    (isNumeral(prevToken) || (prev !== undefined && TIME_MODIFIERS.has(prevText.toLowerCase())))
  ) {
    const k = find(
      list,
      (a) =>
        TIME_NOUNS.has(a.lemma) &&
        feature(a, 'Person[psor]') === '3' &&
        !TIME_NOUNS.has(best.lemma),
    );
    if (k > 0) return k;
  }
  // 2. a genitive personal pronoun and the possessive it calls for (менің әкем)
  if (on.has(2) && prev && prev.pos === 'PRON' && feature(prev, 'Case') === 'Gen') {
    const want = PRONOUN_POSSESSOR[prev.lemma.toLowerCase()];
    if (want && feature(best, 'Person[psor]') !== want[0]) {
      const k = find(
        list,
        (a) =>
          feature(a, 'Person[psor]') === want[0] &&
          (want[1] === '' || feature(a, 'Number[psor]') === want[1]),
      );
      if (k > 0) return k;
    }
  }
  // 9. a genitive noun is followed by what it possesses, not by a verb form (тарғақтың қанатын)
  if (
    on.has(9) &&
    prev &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    feature(prev, 'Case') === 'Gen' &&
    isVerbal(best)
  ) {
    const k = find(list, (a) => feature(a, 'Person[psor]') === '3' && isNominal(a));
    if (k > 0) return k;
  }
  // 10. a conditional clause ends before a comma: -са + person there is the conditional
  // (білсең, ...), not a noun
  if (on.has(10) && nextText === ',' && !isVerbal(best)) {
    const k = find(list, (a) => isVerbal(a) && feature(a, 'Mood') === 'Cnd');
    if (k > 0) return k;
  }
  // 13. an accusative object before a noun in -у makes it the verbal noun of its verb
  // (депутаттарды сайлау → сайла-): nouns do not govern the accusative
  if (
    on.has(13) &&
    prev &&
    isNominal(prev) &&
    feature(prev, 'Case') === 'Acc' &&
    best.pos === 'NOUN' &&
    /[ую]$/.test(best.lemma)
  ) {
    const k = find(list, (a) => isVerbal(a) && feature(a, 'VerbForm') === 'Ger');
    if (k > 0) return k;
  }
  // 3. a numeral counts a nominal (үш есе, 20 есе)
  if (
    on.has(3) &&
    isNumeral(prevToken) &&
    // (бір is also the indefinite article and "once": бір еді, бір ашылды)
    prevText.toLowerCase() !== 'бір' &&
    isVerbal(best)
  ) {
    const k = find(list, isNominal);
    if (k > 0) return k;
  }
  // 4. before a noun or adjective, a modifier: not a finite verb or a converb (басты мәселе)
  if (
    on.has(4) &&
    next !== undefined &&
    isNominal(next) &&
    next.pos !== 'DET' &&
    !UPPER.test(nextText) &&
    isVerbal(best) &&
    // the 3rd-person past in -ды/-ті (басты, pressed, vs басты, main) and the converb in
    // -а/-е/-й (қара, looking, vs қара, black); other finite forms and the converb in -ып end a
    // clause, and the next word may start another (деді, бастап, болса)
    ((feature(best, 'Tense') === 'Past' &&
      feature(best, 'VerbForm') === 'Fin' &&
      feature(best, 'Person') === undefined) ||
      (feature(best, 'VerbForm') === 'Conv' && feature(best, 'Aspect') === 'Imp'))
  ) {
    const k = find(list, isBareNominal);
    if (k > 0) return k;
  }
  // 4b. the converb in -а/-е/-й leads into a verb (қарай бастады); with none after it, the
  // word is a nominal (Міне, ... ; қара, black)
  if (
    on.has(4) &&
    feature(best, 'VerbForm') === 'Conv' &&
    feature(best, 'Aspect') === 'Imp' &&
    !(nextToken && nextToken.analyses.some(isVerbal)) &&
    // (the present in -а/-е before the question particle: бола ма?)
    next?.pos !== 'PART'
  ) {
    const k = find(list, isBareNominal);
    if (k > 0) return k;
  }
  // 4c. a bare agent noun in -ушы/-уші before a bare noun is the participle that describes it
  // (атқарушы орган, басқарушы топ → атқар-, басқар-); elsewhere it is the noun (оқушы келді)
  if (
    on.has(4) &&
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'ADJ') &&
    // (a noun in a case after it, or a bare one right before the verb, is more often its
    // object: оқушы мектепке келді, оқушы кітап оқыды)
    isBareNominal(next) &&
    !isFiniteAt(tokens, i + 2) &&
    !UPPER.test(nextText) &&
    isBareNominal(best) &&
    AGENT.test(t.text.toLowerCase())
  ) {
    const k = find(list, (a) => isVerbal(a) && feature(a, 'VerbForm') === 'Part');
    if (k > 0) return k;
  }
  // 5. -ды/-ті read as a whole adjective is an accusative object before a verb (кітапты оқыды)
  if (
    on.has(5) &&
    next !== undefined &&
    isVerbal(next) &&
    // (бол- and the copula е- take an adjective as predicate: маңызды болды, қуаныштымын)
    !COPULAS.has(next.lemma) &&
    /(ды|ді|ты|ті)$/.test(t.text.toLowerCase()) &&
    isWhole(best, t.text)
  ) {
    const k = find(list, (a) => feature(a, 'Case') === 'Acc' && isNominal(a));
    if (k > 0) return k;
  }
  // 6. the predicate ends the sentence: a finite verb reading there (ауданын аштық.); so does
  // the clause quoted before a form of де- (say): "келдім" деп
  if (
    on.has(6) &&
    (nextToken === undefined ||
      SENTENCE_END.test(nextText) ||
      (on.has(12) && QUOTING.has(nextText.toLowerCase()))) &&
    !isVerbal(best)
  ) {
    const k = find(list, isFinite);
    if (k > 0) return k;
  }
  // 7. before a nominal, a listed modifier rather than a noun + possessive (ішкі саясат)
  if (
    on.has(7) &&
    next !== undefined &&
    isNominal(next) &&
    // (not after a possessor, bare or genitive: қазақ халқы, адамның аузы)
    !(
      prev !== undefined &&
      (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
      (feature(prev, 'Case') === 'Nom' || feature(prev, 'Case') === 'Gen') &&
      feature(prev, 'Person[psor]') === undefined
    ) &&
    feature(best, 'Person[psor]') === '3' &&
    (feature(best, 'Case') === 'Nom' || feature(best, 'Case') === undefined)
  ) {
    const k = find(list, (a) => isWhole(a, t.text));
    if (k > 0) return k;
  }
  return 0;
}

/** Token texts after which a capital does not mark a name: sentence starts, quotes, dashes. */
const OPENERS = /^[.!?…:;"«»“”„'()[\]—–-]+$/;

/** Rule 8: the name reading of a capitalised verb form in mid-sentence, or undefined. */
function nameReading(tokens: readonly ContextToken[], i: number): Analysis | undefined {
  const t = tokens[i]!;
  const best = t.analyses[0];
  if (i === 0 || !best || !UPPER.test(t.text)) return undefined;
  if (t.text.length < 2 || t.text.slice(1) !== t.text.slice(1).toLowerCase()) return undefined;
  if (OPENERS.test(tokens[i - 1]!.text)) return undefined;
  const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  if (!isVerbal(best)) {
    const common = (best.pos === 'NOUN' || best.pos === 'ADJ') && !isGuess(best);
    return common && feature(best, 'Number') !== 'Plur' && isGivenName(best.lemma)
      ? Object.freeze({ lemma: capital(best.lemma), pos: 'PROPN', features: best.features })
      : undefined;
  }
  const nominal = t.analyses.find((a) => isNominal(a) && !isGuess(a));
  if (nominal)
    return Object.freeze({
      lemma: capital(nominal.lemma),
      pos: 'PROPN',
      features: nominal.features,
    });
  // a bare participle (Төлеген): the word itself
  if (feature(best, 'VerbForm') === 'Part' && feature(best, 'Case') === undefined)
    return Object.freeze({ lemma: t.text, pos: 'PROPN', features: Object.freeze({ Case: 'Nom' }) });
  return undefined;
}

/** The numbers of the rules above; a subset switches the others off (for tests and measuring). */
export const ALL_RULES: ReadonlySet<number> = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13]);

/**
 * The readings of each token re-ordered by its context: the reading the context prefers comes
 * first, the others keep their order. Tokens are the words, numbers and punctuation of running
 * text in order (sentence boundaries are read from `.`, `!`, `?`, `…`).
 */
export function inContext(
  tokens: readonly ContextToken[],
  rules: ReadonlySet<number> = ALL_RULES,
): readonly (readonly Analysis[])[] {
  const chosen: (Analysis | undefined)[] = new Array<Analysis | undefined>(tokens.length);
  const out: (readonly Analysis[])[] = new Array<readonly Analysis[]>(tokens.length);
  const names = rules.has(8);
  for (let i = 0; i < tokens.length; i++) {
    const list = tokens[i]!.analyses;
    const name = names ? nameReading(tokens, i) : undefined;
    const k = name ? 0 : choose(tokens, chosen, i, rules);
    out[i] = name
      ? [name, ...list]
      : k === 0
        ? list
        : [list[k]!, ...list.slice(0, k), ...list.slice(k + 1)];
    chosen[i] = out[i]![0];
  }
  return out;
}
