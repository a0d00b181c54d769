/**
 * An unsupervised frequency prior over lemmas, decoded lazily from the generated
 * `frequency-data.ts` (see `scripts/build-frequencies.mjs`): how often each lemma is the
 * analyser's own best reading over a large Kazakh text (the strings of Debian's Kazakh language
 * packs: LibreOffice, Firefox, Thunderbird), with no annotation and no prior in place while
 * counting (self-training on hard counts).
 *
 * The ranker adds `priorBonus(lemma)` to a reading's score: PRIOR_SCALE × ln(1 + count), at
 * most PRIOR_CAP; with the most frequent lemma (үшін) counted 3,367 times that is 0 to 0.81, less
 * than one common suffix (about 1). So it only reorders readings the grammar finds about equally
 * good (`желісін`: желі + possessive + accusative against a truncated spelling-list entry желіс
 * + accusative) and never outweighs the lexicon (+20) or a clear suffix-cost difference. It
 * never creates or removes a reading. Measured on the UD Kazakh KTB benchmark: see
 * docs/morphology.md (Frequency prior).
 */
import { FREQUENCY_DATA } from './frequency-data.js';

/** Bonus per unit of ln(1 + count). */
export const PRIOR_SCALE = 0.1;
/** The largest bonus any lemma gets (ln(1 + count) × PRIOR_SCALE, capped). */
export const PRIOR_CAP = 1;

let table: Map<string, number> | null = null;

function load(): Map<string, number> {
  const map = new Map<string, number>();
  const data = FREQUENCY_DATA;
  let start = 0;
  while (start < data.length) {
    let end = data.indexOf('\n', start);
    if (end < 0) end = data.length;
    const tab = data.indexOf('\t', start);
    const count = Number(data.slice(tab + 1, end));
    map.set(data.slice(start, tab), Math.min(PRIOR_CAP, PRIOR_SCALE * Math.log1p(count)));
    start = end + 1;
  }
  return map;
}

/** The score bonus of a lower-case lemma (0 for a lemma never counted). */
export function priorBonus(lemma: string): number {
  if (table === null) table = load();
  return table.get(lemma) ?? 0;
}
