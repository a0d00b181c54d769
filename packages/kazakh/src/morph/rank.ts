/**
 * Turning segmentations into ranked readings. The scorer is hand-set from general knowledge
 * of Kazakh, not learned: a stem found in the lexicon beats a guess; a longer stem beats a
 * shorter one (fewer, commoner suffixes); each suffix costs according to how unusual it is;
 * voice suffixes are cheap on a known verb because lemmas exclude voice (жоспарлан- → жоспарла).
 */
import { hasTag, type LexEntry } from './lexicon.js';
import type { Segmentation } from './parse.js';
import type { Analysis, Pos } from './types.js';

const TAG_POS: readonly (readonly [string, Pos])[] = [
  ['P', 'PROPN'], ['R', 'PRON'], ['E', 'DET'], ['A', 'ADP'], ['C', 'CCONJ'], ['S', 'SCONJ'], ['T', 'PART'],
  ['X', 'AUX'], ['M', 'NUM'], ['D', 'ADV'], ['I', 'INTJ'], ['J', 'ADJ'], ['N', 'NOUN'],
];

function posOf(seg: Segmentation): Pos {
  if (seg.kind === 'V') return seg.entry && hasTag(seg.entry, 'X') && !hasTag(seg.entry, 'V') ? 'AUX' : 'VERB';
  const entry: LexEntry | undefined = seg.entry;
  if (!entry) return 'NOUN';
  for (const [tag, pos] of TAG_POS) if (entry.tags.includes(tag)) return pos;
  return entry.tags.includes('V') ? 'VERB' : 'NOUN';
}

export interface Scored {
  readonly seg: Segmentation;
  readonly score: number;
}

export function score(seg: Segmentation): number {
  const known = seg.entry !== undefined || seg.derived;
  let s = known ? 20 : 0;
  s += (known ? 0.5 : 0.3) * [...seg.stem].length;
  if (seg.derived) s -= 2;
  for (const m of seg.morphs) {
    const voice = m.id === 'PASS' || m.id === 'RECIP' || m.id === 'REFL';
    s -= voice && known ? -1 : m.cost;
  }
  if (!known) {
    const vowels = [...seg.stem].filter((c) => 'аәеиоөұүыіэюяёу'.includes(c)).length;
    if (vowels === 0) s -= 20;
    if (seg.stem.length < 3) s -= 4;
    // a guessed bare word is plausible; a guessed verb less so than a guessed noun
    if (seg.kind === 'V') s -= 2;
  }
  // a verb stem that is listed only as a noun in the spelling lexicon is still a verb if it
  // takes verbal suffixes; a bare nominal reading of a whole word is the default
  return s;
}

export function toAnalysis(seg: Segmentation, guessCapital: boolean): Analysis {
  const features: Record<string, string> = {};
  let pos = posOf(seg);
  for (const m of seg.morphs) Object.assign(features, m.features);
  const nominalEnd = seg.morphs.length === 0 || seg.morphs[seg.morphs.length - 1]!.chain === 'N';
  if (seg.kind === 'N' && !features.Case && nominalEnd && pos !== 'VERB') features.Case = 'Nom';
  let lemma = seg.entry ? seg.entry.form : seg.stem;
  if (seg.kind === 'V') lemma = lemma.toLowerCase();
  if (!seg.entry && !seg.derived) {
    features.Guess = 'Yes';
    if (guessCapital && seg.kind === 'N') {
      lemma = lemma.charAt(0).toUpperCase() + lemma.slice(1);
      pos = 'PROPN';
    }
  }
  return Object.freeze({ lemma, pos, features: Object.freeze(features) });
}
