import {
  dates,
  entities,
  lemmas,
  normalize,
  sentences,
  type NormalizeOptions,
} from '@senim/kazakh';
import type { DocumentLanguage } from '../platform/db/tables.js';
import { foreignDates } from './dates-ru-en.js';

/**
 * Bumped when what the analysis stores changes (3: the registry's bodies are found as entities,
 * SCO-RATS no longer RATS); with the engine's own version it names a run.
 */
const ANALYSIS_REVISION = 3;
/** Every repair switched off: for text that has been normalised already. */
const REPAIRED: NormalizeOptions = { lookalikes: false, ocr: false, hyphens: false, splits: false };

export const ENGINE_VERSION = `kazakh-0.1.0+analysis.${ANALYSIS_REVISION}`;

export interface Span {
  start: number;
  end: number;
}
export interface DateFound extends Span {
  text: string;
  value: string;
  precision: string;
  sentence: number;
}
export interface EntityFound extends Span {
  text: string;
  id: string;
  type: string;
  sentence: number;
}
export interface ChangeMade extends Span {
  before: string;
  after: string;
  reason: string;
}

/** What the engine reads in a document: offsets point into the document's text as filed. */
export interface DocumentAnalysis {
  engineVersion: string;
  normalizedText: string;
  changes: ChangeMade[];
  sentences: Span[];
  dates: DateFound[];
  entities: EntityFound[];
  /** Kazakh only: each word's lexemes (lemma, and the repaired form when it differs), in order. */
  words: string[][];
}

/**
 * Runs the text engine over a document. Kazakh text is normalised (the changes are kept for the
 * reader) and lemmatised for the index; dates and entities are found in every language (the
 * engine knows Russian and English names and Kazakh date expressions; Russian and English dates
 * are read by dates-ru-en.ts).
 */
export function analyzeDocument(text: string, language: DocumentLanguage): DocumentAnalysis {
  const spans = sentences(text).map(({ start, end }) => ({ start, end }));
  const sentenceOf = sentenceFinder(spans);
  const normalized = language === 'kk' ? normalize(text) : { text, changes: [] };
  return {
    engineVersion: ENGINE_VERSION,
    normalizedText: normalized.text,
    changes: normalized.changes.map(({ start, end, before, after, reason }) => ({
      start,
      end,
      before,
      after,
      reason,
    })),
    sentences: spans,
    dates: (language === 'kk' ? dates(text) : foreignDates(text, language)).map((d) => ({
      start: d.start,
      end: d.end,
      text: d.text,
      value: d.value,
      precision: d.precision,
      sentence: sentenceOf(d.start),
    })),
    entities: entities(text).map((e) => ({
      start: e.start,
      end: e.end,
      text: e.text,
      id: e.id,
      type: e.type,
      sentence: sentenceOf(e.start),
    })),
    words: language === 'kk' ? indexWords(text, normalized.text) : [],
  };
}

/**
 * The index terms of a Kazakh text. Normally the text normalised once already is lemmatised with
 * the repairs off (normalising is most of the cost); a text with words broken across lines is
 * closed up and repaired again, as the engine never joins lines itself.
 */
function indexWords(text: string, normalized: string): string[][] {
  const joined = joinHyphenatedLines(text);
  return joined === text ? kazakhLexemes(normalized, REPAIRED) : kazakhLexemes(joined);
}

/** A word's index terms: its lemma and its repaired surface, lower-cased (both, so either matches). */
export function kazakhLexemes(text: string, options: NormalizeOptions = {}): string[][] {
  const words: string[][] = [];
  for (const token of lemmas(text, options)) {
    const lemma = token.lemma.toLowerCase();
    const surface = token.normalized.toLowerCase();
    words.push(lemma === surface ? [lemma] : [lemma, surface]);
  }
  return words;
}

/**
 * Text from PDFs and scans breaks words at line ends (`ынтымақ-⏎тастық`). The engine keeps lines as
 * they are, so for the index only the break is closed up and the engine decides whether the hyphen
 * belongs (`қару-жарақ`) or not; offsets of the index are not used for display.
 */
export function joinHyphenatedLines(text: string): string {
  return text.replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu, '$1-$2');
}

/** The index of the sentence holding an offset, by binary search over sorted spans. */
function sentenceFinder(spans: readonly Span[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  };
}
