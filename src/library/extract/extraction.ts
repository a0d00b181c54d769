/** What the extractor may spend on one file; the defaults suit a document library, not an archive store. */
export interface ExtractLimits {
  maxBytes: number;
  maxArchiveEntries: number;
  maxUncompressedBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = Object.freeze({
  maxBytes: 20 * MB,
  maxArchiveEntries: 1000,
  maxUncompressedBytes: 200 * MB,
});

export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export interface Extraction {
  format: DocumentFormat;
  mediaType: string;
  text: string;
  title: string | null;
}

/** A refusal is a sentence the user can act on; the HTTP layer reports it under the field `file`. */
export interface Refusal {
  refused: string;
}

export type Extracted = Extraction | Refusal;

export function refuse(reason: string): Refusal {
  return { refused: reason };
}

export function isRefusal<T extends object>(value: T | Refusal): value is Refusal {
  return 'refused' in value;
}

/** Sizes as people say them: "20 MB", "512 KB", "100 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
