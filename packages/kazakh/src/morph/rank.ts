/**
 * Turning segmentations into ranked readings. The scorer is hand-set from general knowledge
 * of Kazakh, not learned: a stem found in the lexicon beats a guess; a longer stem beats a
 * shorter one (fewer, commoner suffixes); each suffix costs according to how unusual it is;
 * passive and reciprocal suffixes are a bonus on a known verb because lemmas exclude them
 * (жоспарлан- → жоспарла, соғыс- → соқ); the reflexive is often lexicalised and pays its cost.
 */
import type { Segmentation } from './parse.js';
import { voiceFinal } from './phonology.js';
import { SLOT_COUNT } from './suffixes.js';
import type { Analysis, Pos } from './types.js';

function posOf(seg: Segmentation): Pos {
  if (seg.kind === 'V') return seg.entry && seg.entry.info.aux ? 'AUX' : 'VERB';
  return seg.entry ? seg.entry.info.pos : 'NOUN';
}

export interface Scored {
  readonly seg: Segmentation;
  readonly score: number;
}

/**
 * Score of a segmentation; `wholeKnown` tells that the whole word is itself a lexicon entry.
 *
 * The spelling lexicon lists inflected forms as if they were stems (халқы, болмайды); the
 * clear cases are dropped when the lexicon is built, and the lemma convention strips
 * inflection even from lexicalised forms (алдында → алд, кезде → кез). So a bare whole-word
 * reading of a generic entry pays about as much as two common suffixes. Exceptions
 * that grammar predicts: -ды/-ті on a listed word is more often the adjective suffix than the
 * accusative (маңызды), and a listed noun in -у is a lexicalised noun rather than a verbal noun.
 */
export function score(seg: Segmentation, wholeKnown = false): number {
  const known = seg.entry !== undefined || seg.derived;
  const n = seg.morphs.length;
  let s = known ? 20 : 0;
  s += (known ? 0.15 : 0.02) * seg.stem.length;
  if (seg.derived) s -= 2;
  // (hand-written entries, marked '!', are real words and pay nothing)
  if (n === 0 && seg.entry && seg.entry.info.generic) s -= WHOLE_WORD_COST;
  // a bare verb stem is an imperative, rare in running text
  if (n === 0 && seg.kind === 'V') s -= 1.5;
  let prevChain: 'N' | 'V' = seg.kind;
  for (let i = 0; i < n; i++) {
    const m = seg.morphs[i]!;
    // person endings are the normal end of a finite verb (барамын), unusual on a noun
    const personOnVerb = m.person && prevChain === 'V';
    if (!known) {
      // for an unknown word, each common ending stripped makes the stem more plausible
      // (the longest well-formed chain of common endings is the usual right answer)
      s += m.cost <= 1.5 ? 0.3 : -m.cost;
    } else
      s -=
        (m.id === 'PASS' || m.id === 'RECIP') && !seg.alternation ? -1 : personOnVerb ? 1 : m.cost;
    prevChain = m.chain;
  }
  const lastId = n > 0 ? seg.morphs[n - 1]!.id : null;
  // a bare voice form (imperative of a passive) is rare; such words are usually nouns (ұсыныс)
  if (lastId === 'PASS' || lastId === 'RECIP' || lastId === 'REFL') s -= 6;
  // the desiderative -ғы/-гі always carries a possessive (айтқым, айтқысы): bare, it is the
  // adjective suffix of a noun (ішкі, сыртқы)
  if (lastId === 'DES') s -= 6;
  // the comparative is made from adjectives and adverbs of a syllable or more (not керек = ке + рек)
  if (seg.morphs[0]?.id === 'CMP' && seg.stem.length < 3) s -= 6;
  // so is a bare negative imperative (бағдарлама is not бағдарла+ма)
  if (lastId === 'NEG') s -= 2;
  // -ғы/-гі right on a stem makes lexicalised adjectives (ішкі, соңғы, негізгі), kept whole
  if (seg.morphs[0]?.id === 'REL') s -= 3;
  if (wholeKnown && n === 1 && lastId === 'VN') s -= 2.5;
  // -ды/-ті on a listed word is more often the adjective suffix -лы than the accusative (маңызды)
  if (
    wholeKnown &&
    n === 1 &&
    lastId === 'ACC' &&
    !/[аәеиоөұүыіэюяё]$/.test(seg.stem) &&
    !seg.entry?.info.proper
  )
    s -= 2.5;
  // a listed word that reads as another entry + the possessive -ы/-і (жалпы, кісі, ертегі) was
  // kept by the lexicon clean-up because it has derivatives of its own: it is a stem
  // (not after a lost vowel, аузы, which the clean-up does not undo)
  if (
    wholeKnown &&
    n === 1 &&
    lastId === 'P3' &&
    seg.kind === 'N' &&
    seg.alternation !== 'lostVowel'
  )
    s -= 2;
  // predicative person endings on a bare noun are rarer than adjectives in -сыз/-сіз, -мын
  if (seg.morphs[0]?.person && seg.kind === 'N') s -= 2;
  if (seg.alternation === 'lostVowel') s -= 0.8;
  // present tense 3rd person -ады/-еді is the commonest finite form: prefer кел+е+ді to келе+ді
  // (and the present with a person ending: бар+а+мын)
  if (n >= 2 && (lastId === 'A3' || seg.morphs[n - 1]!.person) && seg.morphs[n - 2]!.id === 'AOR')
    s += 1;
  if (!known) {
    // an unknown word most likely carries a common ending: Гиннестің → Гиннес
    if (n === 0) s -= /стан$/.test(seg.stem) ? 0 : 2.5; // -стан names countries (Курдстан)
    // but a final -ы/-і is as likely part of a name (Чейни, Алматы) as a possessive
    if (lastId === 'P3') s -= 2;
    // a guessed stem of four letters or fewer under an ending is unlikely (Ахемен is not Ахе+мен),
    // and -стан ends country names (Хұзыстан is not Хұзыс+тан)
    if (n > 0 && seg.stem.length <= 4) s -= 1.5;
    // (the rare penalties subtract 0 when they do not apply: a subtraction that has not run yet
    // when V8 optimises the scorer makes it throw the optimised code away when it first does)
    s -= seg.morphs[0]?.id === 'ABL' && seg.stem.endsWith('с') ? 3 : 0;
    s -= seg.morphs[0]?.id === 'P3' && NAME_SHAPE.test(seg.stem + 'ы') ? 3 : 0;
    // -сы/-сі after a vowel is the commoner possessive: компания+сы, not компанияс+ы
    if (seg.morphs[0]?.id === 'P3' && /[аәеиоөұүыіэюя]с$/.test(seg.stem)) s -= 0.5;
    s -= HAS_VOWEL.test(seg.stem) ? 0 : 20;
    if (seg.stem.length < 3) s -= 4;

    if (seg.kind === 'V') {
      s -= 2;
      // few verb stems end in ы/і (оқы, тоқы are listed): нығайып is нығай + ып, not нығайы + п
      if (/[ыі]$/.test(seg.stem) && n > 0) s -= 1;
    }
  }
  return s;
}

const WHOLE_WORD_COST = 2;
const HAS_VOWEL = /[аәеиоөұүыіэюяёу]/;

/** The -у verbal noun of a verb stem as written: жаса → жасау, оқы → оқу, қой → қою, ки → кию. */
function verbalNoun(stem: string): string {
  const last = stem[stem.length - 1];
  if (last === 'ы' || last === 'і') return stem.slice(0, -1) + 'у';
  if (last === 'й') return stem.slice(0, -1) + 'ю';
  if (last === 'и') return stem + 'ю';
  return stem + 'у';
}

/** Surnames and patronymics (-ов, -ева, -ұлы, -қызы) and Russian first names (-ий). */
const NAME_SHAPE = /(ов|ев|ова|ева|ұлы|қызы|ий)$/;

/** Endings of common nouns and adjectives: an unknown capitalised word with one is not a name. */
const COMMON_WORD_ENDING =
  /(лық|лік|дық|дік|тық|тік|шы|ші|шылық|шілік|лы|лі|ды|ді|ты|ті|сыз|сіз|ғы|гі|қы|кі)$/;

/**
 * The features of the suffix chains met so far, as a trie by morph index: a chain's node holds
 * its features for each combination of the two flags of `featuresOf`. (A chain used to be keyed
 * by one number, which outgrows the small integers at five suffixes; the optimised ranker was
 * thrown away when the first such chain came by.)
 */
interface ChainNode {
  readonly next: (ChainNode | undefined)[];
  /** By `(nominative ? 2 : 0) + (guess ? 1 : 0)`. */
  readonly features: (Readonly<Record<string, string>> | undefined)[];
}
const newChainNode = (): ChainNode => ({
  next: new Array<ChainNode | undefined>(SLOT_COUNT).fill(undefined),
  features: [undefined, undefined, undefined, undefined],
});
const CHAINS = newChainNode();

/**
 * The merged features of `morphs[from..]` (later suffixes win), with Case=Nom when `nominative`
 * and no case was set, and Guess=Yes when `guess`. Built once per distinct suffix chain and
 * shared (frozen).
 */
function featuresOf(
  morphs: Segmentation['morphs'],
  from: number,
  nominative: boolean,
  guess: boolean,
): Readonly<Record<string, string>> {
  let node = CHAINS;
  for (let i = from; i < morphs.length; i++) node = node.next[morphs[i]!.index] ??= newChainNode();
  const flags = (nominative ? 2 : 0) + (guess ? 1 : 0);
  let features = node.features[flags];
  if (features === undefined) {
    const f: Record<string, string> = {};
    for (let i = from; i < morphs.length; i++) Object.assign(f, morphs[i]!.features);
    if (nominative && !f.Case) f.Case = 'Nom';
    if (guess) f.Guess = 'Yes';
    features = Object.freeze(f);
    node.features[flags] = features;
  }
  return features;
}

/**
 * The lower-case lemma `toAnalysis` gives a segmentation on the lexicon (the key of the
 * frequency prior), or null for a guess.
 */
export function lexicalLemma(seg: Segmentation): string | null {
  if (seg.kind === 'V' && seg.morphs[0]?.id === 'VN' && seg.morphs[1]?.id === 'PL')
    return verbalNoun(
      (seg.alternation === 'voice' ? voiceFinal(seg.stem) : seg.stem).toLowerCase(),
    );
  if (seg.entry) return seg.entry.key;
  return seg.derived ? seg.stem.toLowerCase() : null;
}

export function toAnalysis(seg: Segmentation, guessCapital: boolean): Analysis {
  // A verbal noun in the plural is a lexicalised noun (толқулар → толқу): verbs do not pluralise.
  if (seg.kind === 'V' && seg.morphs[0]?.id === 'VN' && seg.morphs[1]?.id === 'PL') {
    const surface = seg.alternation === 'voice' ? voiceFinal(seg.stem) : seg.stem;
    return Object.freeze({
      lemma: verbalNoun(surface.toLowerCase()),
      pos: 'NOUN',
      features: featuresOf(seg.morphs, 1, true, false),
    });
  }
  let pos = posOf(seg);
  const nominalEnd = seg.morphs.length === 0 || seg.morphs[seg.morphs.length - 1]!.chain === 'N';
  const guess = !seg.entry && !seg.derived;
  const features = featuresOf(
    seg.morphs,
    0,
    seg.kind === 'N' && nominalEnd && pos !== 'VERB',
    guess,
  );
  let lemma = seg.entry ? seg.entry.form : seg.stem;
  if (seg.kind === 'V') lemma = lemma.toLowerCase();
  // a capitalised guess is a name unless it has the ending of a common word; the spelling list
  // has personal names in lower case: capitalised and name-shaped, a listed word is one too
  const name =
    guessCapital &&
    seg.kind === 'N' &&
    (guess
      ? NAME_SHAPE.test(lemma) || !COMMON_WORD_ENDING.test(lemma)
      : lemma === lemma.toLowerCase() && NAME_SHAPE.test(lemma));
  if (name) {
    lemma = lemma.charAt(0).toUpperCase() + lemma.slice(1);
    pos = 'PROPN';
  }
  return Object.freeze({ lemma, pos, features });
}
