/**
 * The suffix grammar: every inflectional morpheme with its allomorphs, the rule that picks
 * the allomorph after a given preceding surface form, what it may follow, and its UD features.
 *
 * Allomorph choice follows the standard description of Kazakh: vowel harmony (а/е, ы/і) from
 * the last vowel, and the initial consonant from the class of the preceding sound
 * (see phonology.ts: V vowel, R р й у, L л, N м н ң, Z з ж, K voiceless).
 */
import { isBack, soundClass, SOUND_CLASSES, type SoundClass } from './phonology.js';

export type MorphId =
  // nominal
  | 'PL'
  | 'P1S'
  | 'P2S'
  | 'P2SF'
  | 'P3'
  | 'P1P'
  | 'P2P'
  | 'P2PF'
  | 'GEN'
  | 'DAT'
  | 'ACC'
  | 'LOC'
  | 'ABL'
  | 'INS'
  | 'INS2'
  | 'EQU'
  | 'SIM'
  | 'REL'
  | 'LIK'
  | 'C1S'
  | 'C2S'
  | 'C2SF'
  | 'C1P'
  | 'C2P'
  | 'C2PF'
  | 'C3E'
  | 'Q'
  | 'CMP'
  // verbal
  | 'PASS'
  | 'REFL'
  | 'RECIP'
  | 'NEG'
  | 'PAST'
  | 'AOR'
  | 'FUT'
  | 'NFUT'
  | 'PPAST'
  | 'PPRES'
  | 'CONVP'
  | 'VN'
  | 'AGT'
  | 'COND'
  | 'GALY'
  | 'IMP2F'
  | 'IMP2P'
  | 'IMP2PF'
  | 'IMP3'
  | 'IMP1S'
  | 'IMP1P'
  | 'OPT'
  | 'INTENT'
  | 'DES'
  | 'A3'
  | 'K1S'
  | 'K1SA'
  | 'K2S'
  | 'K2SF'
  | 'K1P'
  | 'K2P'
  | 'K2PF';

/** Where a morpheme may attach: a stem kind or the morpheme before it. */
export type Slot = MorphId | 'NSTEM' | 'VSTEM';

export interface Morph {
  readonly id: MorphId;
  /** Part of speech of the word the morpheme belongs to: nominal or verbal chain. */
  readonly chain: 'N' | 'V';
  readonly after: ReadonlySet<Slot>;
  readonly features: Readonly<Record<string, string>>;
  /** Every allomorph, for matching at the end of a word. */
  readonly forms: readonly string[];
  /** Position in the slot numbering (see SLOT_COUNT). */
  readonly index: number;
  /** `afterMask[slot index]` is 1 when the morpheme may follow that slot. */
  readonly afterMask: Uint8Array;
  /** The allomorph after `prev` (surface so far) when the morpheme before is `prevId`. */
  pick(prev: string, prevId: Slot): string;
  /**
   * `pick` from what it depends on: the slot index before and a context number from
   * `context()` (harmony, class of the last sound, an л among the last three letters).
   */
  canon(prevSlot: number, context: number): string;
  /**
   * The memo behind `canon`, by `prevSlot * 24 + context` (undefined until worked out). The
   * search reads it through `canonical()`, one function for every morpheme: a call of each
   * morpheme's own `canon` closure from one call site is polymorphic, and V8's optimised search
   * was thrown away ("wrong call target") whenever a new morpheme came by.
   */
  readonly memo: (string | undefined)[];
  /** Predicative person ending (-мын, -сың, -сыз, -мыз, …). */
  readonly person: boolean;
  /** Passive, reflexive or reciprocal voice. */
  readonly voice: boolean;
  /** A cost reflecting how unusual the morpheme is; used to rank readings. */
  readonly cost: number;
}

const A = (back: boolean): string => (back ? 'а' : 'е');
const I = (back: boolean): string => (back ? 'ы' : 'і');
const vowelInitial = (c: SoundClass, consonantForm: string, vowelForm: string): string =>
  c === 'V' ? vowelForm : consonantForm;

// Groups of slots, named after what they end with.
const VBASE: Slot[] = ['VSTEM', 'PASS', 'REFL', 'RECIP'];
const VNEG: Slot[] = [...VBASE, 'NEG'];
/** Verb forms that behave as nouns and take the nominal chain. */
const NOMINALISED: Slot[] = ['PPAST', 'PPRES', 'VN', 'LIK', 'INTENT', 'FUT', 'NFUT', 'DES'];
/** A nominal stem, a nominalised verb form, or an adjective in the comparative (жақынырағы). */
const NBASE: Slot[] = ['NSTEM', ...NOMINALISED, 'CMP'];
const NPL: Slot[] = [...NBASE, 'PL'];
const NPOSS: Slot[] = [...NPL, 'P1S', 'P2S', 'P2SF', 'P3', 'P1P', 'P2P', 'P2PF'];
const NCASE: Slot[] = [
  ...NPOSS,
  'GEN',
  'DAT',
  'ACC',
  'LOC',
  'ABL',
  'INS',
  'INS2',
  'EQU',
  'SIM',
  'REL',
];

function both(stems: readonly string[]): string[] {
  return stems.flatMap((s) => [
    s.replaceAll('A', 'а').replaceAll('I', 'ы'),
    s.replaceAll('A', 'е').replaceAll('I', 'і'),
  ]);
}

interface Spec {
  chain: 'N' | 'V';
  after: Slot[];
  features: Record<string, string>;
  /** Templates with A (а/е) and I (ы/і), expanded to all allomorphs. */
  forms: string[];
  /** back: the preceding form takes back vowels; c: class of its last sound; lNear: an л among its last three letters. */
  pick: (back: boolean, prevId: Slot, c: SoundClass, lNear: boolean) => string;
  cost: number;
}

const afterP3 = (id: Slot): boolean => id === 'P3';
const ndQ = (c: SoundClass): string => (c === 'K' ? 'т' : 'д');

const SPECS: Record<MorphId, Spec> = {
  PL: {
    chain: 'N',
    after: NBASE,
    features: { Number: 'Plur' },
    forms: both(['лAр', 'дAр', 'тAр']),
    cost: 1,
    pick: (b, _i, c) => (c === 'V' || c === 'R' ? 'л' : c === 'K' ? 'т' : 'д') + A(b) + 'р',
  },
  P1S: {
    chain: 'N',
    after: NPL,
    features: { 'Number[psor]': 'Sing', 'Person[psor]': '1' },
    forms: both(['м', 'Iм']),
    cost: 3.5,
    pick: (b, _i, c) => vowelInitial(c, I(b) + 'м', 'м'),
  },
  P2S: {
    chain: 'N',
    after: NPL,
    features: { 'Number[psor]': 'Sing', 'Person[psor]': '2' },
    forms: both(['ң', 'Iң']),
    cost: 4,
    pick: (b, _i, c) => vowelInitial(c, I(b) + 'ң', 'ң'),
  },
  P2SF: {
    chain: 'N',
    after: NPL,
    features: { 'Number[psor]': 'Sing', 'Person[psor]': '2', Polite: 'Form' },
    forms: both(['ңIз', 'IңIз']),
    cost: 3,
    pick: (b, _i, c) => vowelInitial(c, I(b) + 'ң' + I(b) + 'з', 'ң' + I(b) + 'з'),
  },
  P3: {
    chain: 'N',
    after: NPL,
    features: { 'Number[psor]': 'Plur,Sing', 'Person[psor]': '3' },
    forms: both(['сI', 'I']),
    cost: 1,
    pick: (b, _i, c) => vowelInitial(c, I(b), 'с' + I(b)),
  },
  P1P: {
    chain: 'N',
    after: NPL,
    features: { 'Number[psor]': 'Plur', 'Person[psor]': '1' },
    forms: both(['мIз', 'IмIз']),
    cost: 2,
    pick: (b, _i, c) => vowelInitial(c, I(b) + 'м' + I(b) + 'з', 'м' + I(b) + 'з'),
  },
  P2P: {
    chain: 'N',
    after: ['PL'],
    features: { 'Number[psor]': 'Plur', 'Person[psor]': '2' },
    forms: both(['Iң']),
    cost: 5,
    pick: (b) => I(b) + 'ң',
  },
  P2PF: {
    chain: 'N',
    after: ['PL'],
    features: { 'Number[psor]': 'Plur', 'Person[psor]': '2', Polite: 'Form' },
    forms: both(['IңIз']),
    cost: 5,
    pick: (b) => I(b) + 'ң' + I(b) + 'з',
  },
  GEN: {
    chain: 'N',
    after: NPOSS,
    features: { Case: 'Gen' },
    forms: both(['нIң', 'дIң', 'тIң']),
    cost: 1,
    pick: (b, _i, c) => (c === 'V' || c === 'N' ? 'н' : c === 'K' ? 'т' : 'д') + I(b) + 'ң',
  },
  ACC: {
    chain: 'N',
    after: NPOSS,
    features: { Case: 'Acc' },
    forms: both(['нI', 'дI', 'тI', 'н']),
    cost: 1.5,
    pick: (b, i, c) => (afterP3(i) ? 'н' : (c === 'V' ? 'н' : c === 'K' ? 'т' : 'д') + I(b)),
  },
  DAT: {
    chain: 'N',
    after: NPOSS,
    features: { Case: 'Dat' },
    forms: ['ға', 'қа', 'ге', 'ке', 'на', 'не', 'а', 'е'],
    cost: 1,
    pick: (b, i, c) => {
      if (afterP3(i)) return 'н' + A(b);
      if (i === 'P1S' || i === 'P2S') return A(b);
      return (c === 'K' ? (b ? 'қ' : 'к') : b ? 'ғ' : 'г') + A(b);
    },
  },
  LOC: {
    chain: 'N',
    after: NPOSS,
    features: { Case: 'Loc' },
    forms: both(['дA', 'тA', 'ндA']),
    cost: 1,
    pick: (b, i, c) => (afterP3(i) ? 'нд' : ndQ(c)) + A(b),
  },
  ABL: {
    chain: 'N',
    after: NPOSS,
    features: { Case: 'Abl' },
    forms: both(['дAн', 'тAн', 'нAн']),
    cost: 1,
    pick: (b, i, c) => (afterP3(i) || c === 'N' ? 'н' : ndQ(c)) + A(b) + 'н',
  },
  INS: {
    chain: 'N',
    after: NPOSS,
    features: { Case: 'Ins' },
    forms: ['мен', 'бен', 'пен'],
    cost: 1.5,
    pick: (_b, _i, c) => (c === 'Z' ? 'бен' : c === 'K' ? 'пен' : 'мен'),
  },
  INS2: {
    // the full instrumental -менен, -бенен, -пенен of careful or poetic style
    chain: 'N',
    after: NPOSS,
    features: { Case: 'Ins' },
    forms: ['менен', 'бенен', 'пенен'],
    cost: 2,
    pick: (_b, _i, c) => (c === 'Z' ? 'бенен' : c === 'K' ? 'пенен' : 'менен'),
  },
  EQU: {
    chain: 'N',
    after: NPOSS,
    features: { Case: 'Equ' },
    forms: ['ша', 'ше'],
    cost: 4,
    pick: (b) => 'ш' + A(b),
  },
  SIM: {
    chain: 'N',
    after: NPOSS,
    features: { Case: 'Sim' },
    forms: both(['дAй', 'тAй']),
    cost: 2.5,
    pick: (b, _i, c) => (c === 'K' ? 'т' : 'д') + A(b) + 'й',
  },
  REL: {
    // -ғы/-гі after the locative (қаладағы) and after time words (жылғы, бұрынғы)
    chain: 'N',
    after: ['NSTEM', 'LOC', 'PL'],
    features: { Case: 'Loc' },
    forms: ['ғы', 'гі', 'қы', 'кі'],
    cost: 1,
    pick: (b, _i, c) => (c === 'K' ? (b ? 'қ' : 'к') : b ? 'ғ' : 'г') + I(b),
  },
  CMP: {
    // the comparative of adjectives and adverbs: жақын → жақынырақ, кіші → кішірек, көп → көбірек
    // (the lemma is the positive degree)
    chain: 'N',
    after: ['NSTEM'],
    features: { Degree: 'Cmp' },
    forms: ['рақ', 'рек', 'ырақ', 'ірек'],
    cost: 1.5,
    pick: (b, _i, c) => (c === 'V' ? '' : I(b)) + 'р' + (b ? 'ақ' : 'ек'),
  },
  LIK: {
    // -дық after a past participle nominalises it: жасалғандығы (lemma stays the verb)
    chain: 'N',
    after: ['PPAST', 'PPRES'],
    features: {},
    forms: both(['дIқ', 'дIк', 'тIқ', 'тIк', 'лIқ', 'лIк']),
    cost: 2,
    pick: (b, _i, c) =>
      (c === 'V' || c === 'R' ? 'л' : c === 'K' ? 'т' : 'д') + I(b) + (b ? 'қ' : 'к'),
  },
  // predicative person endings on nominals and participles (мемлекеттерміз, қуаныштымын)
  C1S: {
    chain: 'N',
    after: NCASE,
    features: { Number: 'Sing', Person: '1' },
    forms: both(['мIн', 'бIн', 'пIн']),
    cost: 3,
    pick: (b, _i, c) => (c === 'Z' ? 'б' : c === 'K' ? 'п' : 'м') + I(b) + 'н',
  },
  C2S: {
    chain: 'N',
    after: NCASE,
    features: { Number: 'Sing', Person: '2' },
    forms: both(['сIң']),
    cost: 4,
    pick: (b) => 'с' + I(b) + 'ң',
  },
  C2SF: {
    chain: 'N',
    after: NCASE,
    features: { Number: 'Sing', Person: '2', Polite: 'Form' },
    forms: both(['сIз']),
    cost: 3,
    pick: (b) => 'с' + I(b) + 'з',
  },
  C1P: {
    chain: 'N',
    after: NCASE,
    features: { Number: 'Plur', Person: '1' },
    forms: both(['мIз', 'бIз', 'пIз']),
    cost: 3,
    pick: (b, _i, c) => (c === 'Z' ? 'б' : c === 'K' ? 'п' : 'м') + I(b) + 'з',
  },
  C2P: {
    chain: 'N',
    after: NCASE,
    features: { Number: 'Plur', Person: '2' },
    forms: ['сыңдар', 'сіңдер'],
    cost: 5,
    pick: (b) => (b ? 'сыңдар' : 'сіңдер'),
  },
  C2PF: {
    chain: 'N',
    after: NCASE,
    features: { Number: 'Plur', Person: '2', Polite: 'Form' },
    forms: ['сыздар', 'сіздер'],
    cost: 4,
    pick: (b) => (b ? 'сыздар' : 'сіздер'),
  },
  C3E: {
    // evidential 3rd person after the -ып converb: келіпті, барыпты
    chain: 'V',
    after: ['CONVP'],
    features: { Evident: 'Nfh', Person: '3', VerbForm: 'Fin' },
    forms: both(['тI']),
    cost: 0.5,
    pick: (b) => 'т' + I(b),
  },
  Q: {
    chain: 'N',
    after: [...NCASE, 'C1S', 'C2S', 'C2SF', 'C1P', 'A3', 'K1S', 'K2S', 'K2SF', 'K1P', 'PAST'],
    features: { Polarity: 'Int' },
    forms: both(['мA', 'бA', 'пA']),
    cost: 6,
    pick: (b, _i, c) => (c === 'K' ? 'п' : c === 'N' || c === 'Z' ? 'б' : 'м') + A(b),
  },
  // ---- verbal chain
  PASS: {
    chain: 'V',
    after: ['VSTEM', 'RECIP'],
    features: { Voice: 'Pass' },
    forms: both(['л', 'н', 'Iл', 'Iн']),
    cost: 1.5,
    // -л after a vowel (жасал-, дайындал-), but -н when an л is near (жоспарлан-, қабылдан-),
    // and -ын after л (бөлін-)
    pick: (b, _i, c, lNear) =>
      c === 'V' ? (lNear ? 'н' : 'л') : c === 'L' ? I(b) + 'н' : I(b) + 'л',
  },
  REFL: {
    chain: 'V',
    after: ['VSTEM'],
    features: { Voice: 'Mid' },
    forms: both(['н', 'Iн']),
    cost: 3,
    pick: (b, _i, c) => (c === 'V' ? 'н' : I(b) + 'н'),
  },
  RECIP: {
    chain: 'V',
    after: ['VSTEM'],
    features: { Voice: 'Rcp' },
    forms: both(['с', 'Iс']),
    cost: 2,
    pick: (b, _i, c) => (c === 'V' ? 'с' : I(b) + 'с'),
  },
  NEG: {
    chain: 'V',
    after: VBASE,
    features: { Polarity: 'Neg' },
    forms: both(['мA', 'бA', 'пA']),
    cost: 1.5,
    pick: (b, _i, c) => (c === 'K' ? 'п' : c === 'N' || c === 'Z' ? 'б' : 'м') + A(b),
  },
  PAST: {
    chain: 'V',
    after: VNEG,
    features: { Tense: 'Past', Mood: 'Ind', VerbForm: 'Fin' },
    forms: both(['дI', 'тI']),
    cost: 1,
    pick: (b, _i, c) => ndQ(c) + I(b),
  },
  AOR: {
    // present/future stem -а/-е/-й; alone it is the -а converb
    chain: 'V',
    after: VNEG,
    features: { VerbForm: 'Conv', Aspect: 'Imp' },
    forms: ['а', 'е', 'й'],
    cost: 1.5,
    pick: (b, _i, c) => (c === 'V' ? 'й' : A(b)),
  },
  A3: {
    chain: 'V',
    after: ['AOR'],
    features: { Tense: 'Pres', Aspect: 'Hab', Mood: 'Ind', VerbForm: 'Fin', Person: '3' },
    forms: both(['дI']),
    cost: 0,
    pick: (b) => 'д' + I(b),
  },
  FUT: {
    chain: 'V',
    after: VBASE,
    features: { Tense: 'Fut', VerbForm: 'Part' },
    forms: both(['р', 'Aр']),
    cost: 3,
    pick: (b, _i, c) => (c === 'V' ? 'р' : A(b) + 'р'),
  },
  NFUT: {
    chain: 'V',
    after: ['NEG'],
    features: { Tense: 'Fut', VerbForm: 'Part' },
    forms: ['с'],
    cost: 3,
    pick: () => 'с',
  },
  PPAST: {
    chain: 'V',
    after: VNEG,
    features: { Tense: 'Past', VerbForm: 'Part' },
    forms: both(['ғAн', 'қAн']).map((f) => f.replace('ғен', 'ген').replace('қен', 'кен')),
    cost: 1,
    pick: (b, _i, c) => (c === 'K' ? (b ? 'қ' : 'к') : b ? 'ғ' : 'г') + A(b) + 'н',
  },
  PPRES: {
    chain: 'V',
    after: VNEG,
    features: { Tense: 'Pres', VerbForm: 'Part' },
    forms: ['атын', 'етін', 'йтын', 'йтін'],
    cost: 1.5,
    pick: (b, _i, c) => (c === 'V' ? 'й' : A(b)) + 'т' + I(b) + 'н',
  },
  CONVP: {
    chain: 'V',
    after: VNEG,
    features: { Aspect: 'Perf', VerbForm: 'Conv' },
    forms: both(['п', 'Iп']),
    cost: 1,
    pick: (b, _i, c) => (c === 'V' ? 'п' : I(b) + 'п'),
  },
  GALY: {
    chain: 'V',
    after: VNEG,
    features: { VerbForm: 'Conv' },
    forms: ['ғалы', 'гелі', 'қалы', 'келі'],
    cost: 3,
    pick: (b, _i, c) => (c === 'K' ? (b ? 'қалы' : 'келі') : b ? 'ғалы' : 'гелі'),
  },
  VN: {
    chain: 'V',
    after: VNEG,
    features: { VerbForm: 'Ger' },
    forms: ['у'],
    cost: 1,
    pick: () => 'у',
  },
  AGT: {
    // -ушы/-уші before the noun it describes is the participle of the doer (атқарушы орган,
    // executive body: the verb's own form; context rule 4c); otherwise it is the agent noun
    // the lexicon lists (оқушы, pupil; сайлаушылар, voters), so nothing may follow it here
    chain: 'V',
    after: ['VN'],
    features: { VerbForm: 'Part' },
    forms: ['шы', 'ші'],
    // (dear enough that the listed noun wins out of context, even for a common verb: оқушы)
    cost: 2,
    pick: (b) => 'ш' + I(b),
  },
  COND: {
    chain: 'V',
    after: VNEG,
    features: { Mood: 'Cnd', VerbForm: 'Fin' },
    forms: ['са', 'се'],
    cost: 1,
    pick: (b) => 'с' + A(b),
  },
  IMP2F: {
    chain: 'V',
    after: VNEG,
    features: { Mood: 'Imp', Person: '2', Polite: 'Form', VerbForm: 'Fin' },
    forms: both(['ңIз', 'IңIз']),
    cost: 3,
    pick: (b, _i, c) => vowelInitial(c, I(b) + 'ң' + I(b) + 'з', 'ң' + I(b) + 'з'),
  },
  IMP2P: {
    chain: 'V',
    after: VNEG,
    features: { Mood: 'Imp', Person: '2', Number: 'Plur', VerbForm: 'Fin' },
    forms: ['ңдар', 'ңдер', 'ыңдар', 'іңдер'],
    cost: 5,
    pick: (b, _i, c) => vowelInitial(c, I(b) + 'ңд' + A(b) + 'р', 'ңд' + A(b) + 'р'),
  },
  IMP2PF: {
    // the polite imperative to several people: жасаңыздар, келіңіздер
    chain: 'V',
    after: VNEG,
    features: { Mood: 'Imp', Person: '2', Number: 'Plur', Polite: 'Form', VerbForm: 'Fin' },
    forms: ['ңыздар', 'ңіздер', 'ыңыздар', 'іңіздер'],
    cost: 4,
    pick: (b, _i, c) =>
      vowelInitial(c, I(b) + 'ң' + I(b) + 'зд' + A(b) + 'р', 'ң' + I(b) + 'зд' + A(b) + 'р'),
  },
  IMP3: {
    chain: 'V',
    after: VNEG,
    features: { Mood: 'Imp', Person: '3', VerbForm: 'Fin' },
    forms: both(['сIн']),
    cost: 2,
    pick: (b) => 'с' + I(b) + 'н',
  },
  IMP1S: {
    chain: 'V',
    after: VNEG,
    features: { Mood: 'Imp', Person: '1', Number: 'Sing', VerbForm: 'Fin' },
    forms: ['айын', 'ейін', 'йын', 'йін'],
    cost: 4,
    pick: (b, _i, c) => (c === 'V' ? 'й' : A(b) + 'й') + I(b) + 'н',
  },
  IMP1P: {
    chain: 'V',
    after: VNEG,
    features: { Mood: 'Imp', Person: '1', Number: 'Plur', VerbForm: 'Fin' },
    forms: ['айық', 'ейік', 'йық', 'йік'],
    cost: 3,
    pick: (b, _i, c) => (c === 'V' ? 'й' : A(b) + 'й') + (b ? 'ық' : 'ік'),
  },
  OPT: {
    chain: 'V',
    after: VNEG,
    features: { Mood: 'Opt', VerbForm: 'Fin' },
    forms: ['ғай', 'гей', 'қай', 'кей'],
    cost: 5,
    pick: (b, _i, c) => (c === 'K' ? (b ? 'қай' : 'кей') : b ? 'ғай' : 'гей'),
  },
  INTENT: {
    chain: 'V',
    after: VNEG,
    features: { Mood: 'Des' },
    forms: ['мақ', 'мек', 'бақ', 'бек', 'пақ', 'пек'],
    cost: 3,
    pick: (b, _i, c) => (c === 'K' ? 'п' : c === 'N' || c === 'Z' ? 'б' : 'м') + (b ? 'ақ' : 'ек'),
  },
  DES: {
    // the desiderative -ғы/-гі + possessive, before кел- (айтқым келеді, барғысы келмейді)
    chain: 'V',
    after: VNEG,
    features: { Mood: 'Des' },
    forms: ['ғы', 'гі', 'қы', 'кі'],
    cost: 0.5,
    pick: (b, _i, c) => (c === 'K' ? (b ? 'қ' : 'к') : b ? 'ғ' : 'г') + I(b),
  },
  // person endings of the past tense and conditional (келдім, келсек)
  K1S: {
    chain: 'V',
    after: ['PAST', 'COND'],
    features: { Number: 'Sing', Person: '1' },
    forms: ['м'],
    cost: 1,
    pick: () => 'м',
  },
  K1SA: {
    // the spoken 1st singular of the present, written in dialogue and quotations:
    // алам, келем, айтам (= аламын, келемін, айтамын); a little dearer than the full -мын
    chain: 'V',
    after: ['AOR'],
    features: { Number: 'Sing', Person: '1' },
    forms: ['м'],
    cost: 1.5,
    pick: () => 'м',
  },
  K2S: {
    chain: 'V',
    after: ['PAST', 'COND'],
    features: { Number: 'Sing', Person: '2' },
    forms: ['ң'],
    cost: 3,
    pick: () => 'ң',
  },
  K2SF: {
    chain: 'V',
    after: ['PAST', 'COND'],
    features: { Number: 'Sing', Person: '2', Polite: 'Form' },
    forms: ['ңыз', 'ңіз'],
    cost: 2,
    pick: (b) => 'ң' + I(b) + 'з',
  },
  K1P: {
    chain: 'V',
    after: ['PAST', 'COND'],
    features: { Number: 'Plur', Person: '1' },
    forms: ['қ', 'к'],
    cost: 4,
    pick: (b) => (b ? 'қ' : 'к'),
  },
  K2P: {
    chain: 'V',
    after: ['PAST', 'COND'],
    features: { Number: 'Plur', Person: '2' },
    forms: ['ңдар', 'ңдер'],
    cost: 4,
    pick: (b) => 'ңд' + A(b) + 'р',
  },
  K2PF: {
    // the polite 2nd plural of the past and the conditional: келдіңіздер, барсаңыздар
    chain: 'V',
    after: ['PAST', 'COND'],
    features: { Number: 'Plur', Person: '2', Polite: 'Form' },
    forms: ['ңыздар', 'ңіздер'],
    cost: 4,
    pick: (b) => 'ң' + I(b) + 'зд' + A(b) + 'р',
  },
};

// Predicative person endings also follow finite and participial verb forms (барамын, келгенмін).
const PERSON_AFTER_VERB: Slot[] = ['AOR', 'FUT', 'NFUT', 'PPAST', 'PPRES', 'CONVP', 'INTENT'];
for (const id of ['C1S', 'C2S', 'C2SF', 'C1P', 'C2P', 'C2PF'] as const)
  SPECS[id].after.push(...PERSON_AFTER_VERB);

const IDS = Object.keys(SPECS) as MorphId[];
/** Number of slots: every morpheme, then NSTEM and VSTEM. */
export const SLOT_COUNT = IDS.length + 2;
export const NSTEM_INDEX = IDS.length;
export const VSTEM_INDEX = IDS.length + 1;
const SLOTS: readonly Slot[] = [...IDS, 'NSTEM', 'VSTEM'];
const slotIndex = (slot: Slot): number => SLOTS.indexOf(slot);

/** The context number `Morph.canon` takes: back vowels, index in SOUND_CLASSES, л near. */
export const context = (back: boolean, classIndex: number, lNear: boolean): number =>
  (back ? 12 : 0) + classIndex * 2 + (lNear ? 1 : 0);
const PERSON_IDS: ReadonlySet<string> = new Set(['C1S', 'C2S', 'C2SF', 'C1P', 'C2P', 'C2PF']);

function build(id: MorphId, s: Spec): Morph {
  // canonical allomorph by (preceding slot, back, sound class, л near), worked out on first use
  const table: (string | undefined)[] = new Array<string | undefined>(SLOT_COUNT * 24);
  const after = new Uint8Array(SLOT_COUNT);
  for (const slot of s.after) after[slotIndex(slot)] = 1;
  return Object.freeze({
    id,
    index: slotIndex(id),
    chain: s.chain,
    after: new Set(s.after),
    afterMask: after,
    features: Object.freeze(s.features),
    forms: Object.freeze([...new Set(s.forms)]),
    pick: (prev: string, prevId: Slot) =>
      s.pick(isBack(prev), prevId, soundClass(prev), prev.slice(-3).includes('л')),
    canon: (prevSlot: number, context: number): string => {
      const key = prevSlot * 24 + context;
      let form = table[key];
      if (form === undefined)
        table[key] = form = s.pick(
          context >= 12,
          SLOTS[prevSlot]!,
          SOUND_CLASSES[(context % 12) >> 1]!,
          (context & 1) === 1,
        );
      return form;
    },
    memo: table,
    cost: s.cost,
    person: PERSON_IDS.has(id),
    voice: id === 'PASS' || id === 'RECIP' || id === 'REFL',
  });
}

/** `m.canon(prevSlot, context)`, read from the memo first (one call target for the search). */
export function canonical(m: Morph, prevSlot: number, context: number): string {
  const form = m.memo[prevSlot * 24 + context];
  return form !== undefined ? form : m.canon(prevSlot, context);
}

export const MORPHS: ReadonlyMap<MorphId, Morph> = new Map(
  (Object.entries(SPECS) as [MorphId, Spec][]).map(([id, s]) => [id, build(id, s)]),
);

/** Morphemes indexed by the last letter of their allomorphs, for fast matching at a word's end. */
export const MORPHS_BY_LAST_LETTER: ReadonlyMap<string, readonly { morph: Morph; form: string }[]> =
  (() => {
    const index = new Map<string, { morph: Morph; form: string }[]>();
    for (const m of MORPHS.values()) {
      for (const form of m.forms) {
        const variants = new Set([form]);
        // a final п к қ of a suffix voices before a following vowel-initial suffix (жасалғандығы)
        const last = form[form.length - 1];
        if (last === 'қ') variants.add(form.slice(0, -1) + 'ғ');
        if (last === 'к') variants.add(form.slice(0, -1) + 'г');
        if (last === 'п') variants.add(form.slice(0, -1) + 'б');
        for (const v of variants) {
          const key = v[v.length - 1]!;
          let list = index.get(key);
          if (!list) index.set(key, (list = []));
          list.push({ morph: m, form: v });
        }
      }
    }
    return index;
  })();
