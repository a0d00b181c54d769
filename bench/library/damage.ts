/**
 * Damage seen in real Kazakh documents (kazakh.md §1): Latin look-alike letters inside Cyrillic
 * words, OCR letter confusions, a lost hyphen between an acronym and its ending, and words split
 * by a line-break hyphen. The engine's normaliser is expected to repair them.
 */
import type { DamageKind } from './document.js';
import type { Random } from './prng.js';

const LOOKALIKE: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ә: 'ə',
  ң: 'ӊ',
};
const OCR: Readonly<Record<string, string>> = {
  қ: 'к',
  ғ: 'г',
  ң: 'н',
  ү: 'у',
  ұ: 'у',
  ө: 'о',
  і: 'и',
};

function replaceOne(word: string, table: Readonly<Record<string, string>>, rng: Random): string {
  const letters = [...word];
  const positions = letters.flatMap((c, i) => (table[c] ? [i] : []));
  if (positions.length === 0) return word;
  const i = rng.pick(positions);
  letters[i] = table[letters[i]!]!;
  return letters.join('');
}

/** Applies `kinds` to a Kazakh text at the given rates per word. */
export function damage(text: string, kinds: readonly DamageKind[], rng: Random): string {
  let out = text;
  if (kinds.includes('acronym-hyphen')) {
    out = out.replace(/(\p{Lu}{2,})-(\p{Ll}+)/gu, (m, a: string, e: string) =>
      rng.chance(0.7) ? a + e : m,
    );
  }
  const wordKinds = kinds.filter((k) => k !== 'acronym-hyphen');
  if (wordKinds.length === 0) return out;
  return out.replace(/\p{L}+/gu, (word) => {
    let w = word;
    if (wordKinds.includes('lookalike') && rng.chance(0.05)) w = replaceOne(w, LOOKALIKE, rng);
    if (wordKinds.includes('ocr') && rng.chance(0.04)) w = replaceOne(w, OCR, rng);
    if (wordKinds.includes('line-break') && [...w].length >= 8 && rng.chance(0.02)) {
      const cut = Math.floor(w.length / 2);
      w = `${w.slice(0, cut)}-\n${w.slice(cut)}`;
    }
    return w;
  });
}
