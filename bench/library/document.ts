/** One document of the benchmark corpus, with what the generator planted in it. */
import type { Language } from '../../src/platform/localized-text.js';

export const DOCUMENT_TYPES = [
  'declaration',
  'statement',
  'national-report',
  'news',
  'textbook',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface CorpusDocument {
  /** Stable key: `t-<concept>-<language>-<n>` for targets, `b-<n>` for background documents. */
  readonly key: string;
  readonly language: Language;
  readonly title: string;
  readonly text: string;
  readonly type: DocumentType;
  /** ISO date. */
  readonly date: string;
  /** State id (`KAZ`) or organisation id (`CICA`), or null. */
  readonly author: string | null;
  /** Background topic ids and, for targets, the planted concept id. */
  readonly topics: readonly string[];
  /** Registry ids the text mentions. */
  readonly entities: readonly string[];
  /** Kinds of damage applied (Kazakh documents only). */
  readonly damage: readonly DamageKind[];
}

export type DamageKind = 'lookalike' | 'ocr' | 'acronym-hyphen' | 'line-break';
