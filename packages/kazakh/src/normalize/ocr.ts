import { LOAN_LETTERS } from '../text/chars.js';

/**
 * OCR and keyboard confusions: a Kazakh letter lost to the Russian letter that looks like it.
 * Candidates are generated per vowel-harmony class: in a back-vowel word к/г may have been қ/ғ;
 * in a front-vowel word а/о/у/и may have been ә/ө/ү/і. Consonants н/ц→ң and х→һ go either way.
 */
const CONSONANTS_ANY: Readonly<Record<string, string>> = { н: 'ң', ц: 'ң', х: 'һ' };
const CONSONANTS_BACK: Readonly<Record<string, string>> = { к: 'қ', г: 'ғ' };
const VOWELS_FRONT: Readonly<Record<string, string>> = { а: 'ә', о: 'ө', у: 'ү', и: 'і' };
const VOWELS_BACK: Readonly<Record<string, string>> = { у: 'ұ' };

const MAX_POSITIONS = 10;
const SINGLE: Readonly<Record<string, readonly string[]>> = {
  к: ['қ'],
  г: ['ғ'],
  н: ['ң'],
  ц: ['ң'],
  х: ['һ'],
  а: ['ә'],
  о: ['ө'],
  у: ['ұ', 'ү'],
  и: ['і'],
};

/** A repair candidate and how many letters it changes. */
export interface Candidate {
  readonly word: string;
  readonly changes: number;
  readonly harmonic: boolean;
}

function harmonyOf(word: string): { back: boolean; front: boolean } {
  let back = false;
  let front = false;
  for (const ch of word) {
    if ('аоұы'.includes(ch)) back = true;
    else if ('әөүіе'.includes(ch)) front = true;
  }
  return { back, front };
}

function isHarmonic(word: string): boolean {
  const h = harmonyOf(word);
  return !(h.back && h.front);
}

/**
 * Repair candidates for a lower-case word, fewest changes first. Letters before the last loan
 * letter keep к/г, so loanwords keep them (`конвенцияга` → `конвенцияға`, not `қонвенция…`).
 * Internal: `кала` yields `қала` among its candidates.
 */
export function ocrCandidates(word: string): readonly Candidate[] {
  // к and г before the last sign of a loanword stay (`конвенцияга`, `коалицияга`).
  let kgFrom = 0;
  for (let i = word.length - 1; i >= 0; i--) {
    if (LOAN_LETTERS.includes(word[i]!) || word.startsWith('ция', i)) {
      kgFrom = i + 1;
      break;
    }
  }
  const seen = new Set<string>([word]);
  const out: Candidate[] = [];
  for (const cls of ['keep', 'back', 'front'] as const) {
    const chars = [...word];
    const options: { index: number; alternatives: readonly string[] }[] = [];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      const alts: string[] = [];
      const any = CONSONANTS_ANY[ch];
      if (any) alts.push(any);
      if (cls === 'back') {
        const b = (i >= kgFrom ? CONSONANTS_BACK[ch] : undefined) ?? VOWELS_BACK[ch];
        if (b) alts.push(b);
      } else if (cls === 'front') {
        const f = VOWELS_FRONT[ch];
        if (f) {
          // In a front word а and о cannot stay; у and и may (they are also consonants/neutral).
          if (ch === 'а' || ch === 'о') {
            chars[i] = f;
            continue;
          }
          alts.push(f);
        }
      }
      if (alts.length > 0) options.push({ index: i, alternatives: alts });
    }
    if (cls === 'front' && harmonyOf(chars.join('')).back) continue;
    const usable = options.slice(-MAX_POSITIONS);
    const forced = chars.reduce((n, ch, i) => n + (ch !== word[i] ? 1 : 0), 0);
    const total = 1 << usable.length;
    for (let mask = 0; mask < total; mask++) {
      const variant = chars.slice();
      let changes = forced;
      for (let b = 0; b < usable.length; b++) {
        if (mask & (1 << b)) {
          const o = usable[b]!;
          variant[o.index] = o.alternatives[0]!;
          changes++;
        }
      }
      if (changes === 0) continue;
      const w = variant.join('');
      if (seen.has(w)) continue;
      seen.add(w);
      out.push({ word: w, changes, harmonic: isHarmonic(w) });
    }
  }
  // Single letters, whatever the harmony: words that are disharmonic themselves (`өзара`, `қызмет`).
  for (let i = 0; i < word.length; i++) {
    if (i < kgFrom && (word[i] === 'к' || word[i] === 'г')) continue;
    for (const alt of SINGLE[word[i]!] ?? []) {
      const w = word.slice(0, i) + alt + word.slice(i + 1);
      if (seen.has(w)) continue;
      seen.add(w);
      out.push({ word: w, changes: 1, harmonic: isHarmonic(w) });
    }
  }
  return out.sort((a, b) => a.changes - b.changes || Number(b.harmonic) - Number(a.harmonic));
}
