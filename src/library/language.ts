import { LANGUAGES, type Language as DocumentLanguage } from '../platform/localized-text.js';

export const DOCUMENT_LANGUAGES = LANGUAGES;

export interface DetectedLanguage {
  language: DocumentLanguage;
  /** How sure the guess is, 0–1: the winner's share of the evidence. */
  confidence: number;
}

// Letters Russian does not use: their share separates Kazakh from Russian in Cyrillic text.
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
// Frequent function words: they decide short texts and Kazakh written without its own letters.
const KAZAKH_WORDS = new Set([
  'және',
  'мен',
  'бен',
  'пен',
  'үшін',
  'бойынша',
  'жылы',
  'осы',
  'бұл',
  'деп',
  'туралы',
  'арасындағы',
  'еді',
  'болып',
  'сол',
]);
const RUSSIAN_WORDS = new Set([
  'и',
  'в',
  'на',
  'не',
  'что',
  'по',
  'для',
  'с',
  'от',
  'о',
  'года',
  'это',
  'как',
  'между',
  'которые',
]);

/**
 * Which of Senim's three languages a text is in. Latin script means English (Kazakh in the 2021
 * Latin alphabet is rare in filed documents and the caller can override); in Cyrillic, Kazakh's own
 * letters and function words tell Kazakh from Russian.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const cyrillic = count(sample, CYRILLIC);
  const latin = count(sample, LATIN);
  if (cyrillic + latin === 0) return { language: 'kk', confidence: 0 };
  if (latin > cyrillic) return { language: 'en', confidence: round(latin / (latin + cyrillic)) };

  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let kkWords = 0;
  let ruWords = 0;
  for (const word of words) {
    if (KAZAKH_WORDS.has(word)) kkWords += 1;
    else if (RUSSIAN_WORDS.has(word)) ruWords += 1;
  }
  // About one Cyrillic letter in ten is Kazakh-only in running Kazakh text: scale to word counts.
  const kkLetters = count(sample, KAZAKH_LETTERS);
  const kkEvidence = (kkLetters / cyrillic) * 10 * Math.max(1, words.length / 10) + kkWords;
  const ruEvidence = ruWords + (kkLetters === 0 ? Math.max(1, words.length / 20) : 0);
  const script = cyrillic / (latin + cyrillic);
  const total = kkEvidence + ruEvidence;
  if (total === 0) return { language: 'kk', confidence: round(script / 2) };
  return kkEvidence >= ruEvidence
    ? { language: 'kk', confidence: round((kkEvidence / total) * script) }
    : { language: 'ru', confidence: round((ruEvidence / total) * script) };
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
