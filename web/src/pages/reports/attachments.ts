import type { Attachment, ReportEntry } from '../../../../src/reports/report.schema.js';
import { format } from '../../i18n/format.js';
import type { Messages } from '../../i18n/kk.js';
import type { Working } from './draft-storage.js';

/** The server's limit on one file (MAX_ATTACHMENT_BYTES); checked here before anything is sent. */
export const MAX_ATTACHMENT_MB = 10;
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024;
/** The most files one entry may refer to (ReportEntry.attachments). */
export const MAX_ATTACHMENTS_PER_ENTRY = 20;
/** The kinds the server accepts, by name, for the hint; it judges each file by its bytes. */
export const ACCEPTED_FORMATS = 'PDF, DOCX, PNG, JPEG';
/** What the file picker offers first; any file may still be chosen, and the server decides. */
export const ACCEPT =
  '.pdf,.docx,.png,.jpg,.jpeg,.txt,application/pdf,image/png,image/jpeg,text/plain,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The report could not be created (its draft saved) before a file was uploaded to it. */
export class DraftNotSaved extends Error {
  constructor() {
    super('the draft could not be saved');
    this.name = 'DraftNotSaved';
  }
}

export const attachmentHref = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;

/** A short name of a media type the server answered ('application/pdf' → 'PDF'). */
export function kindOf(mediaType: string): string {
  if (mediaType === 'application/pdf') return 'PDF';
  if (mediaType.includes('wordprocessingml')) return 'DOCX';
  if (mediaType === 'image/png') return 'PNG';
  if (mediaType === 'image/jpeg') return 'JPEG';
  if (mediaType.startsWith('text/plain')) return 'TXT';
  return mediaType;
}

/** A size in bytes, KB or MB, in the UI language. */
export function sizeOf(bytes: number, t: Messages): string {
  if (bytes < 1024) return format(t.attachments.bytes, { size: bytes });
  if (bytes < 1024 * 1024)
    return format(t.attachments.kilobytes, { size: (bytes / 1024).toFixed(1) });
  return format(t.attachments.megabytes, { size: (bytes / (1024 * 1024)).toFixed(1) });
}

/** Why a chosen file is not sent at all, or null when it may go to the server. */
export function refusedBeforeSending(file: File, t: Messages): string | null {
  if (file.size > MAX_ATTACHMENT_BYTES)
    return format(t.attachments.tooLarge, { name: file.name, max: MAX_ATTACHMENT_MB });
  if (file.size === 0) return format(t.attachments.empty, { name: file.name });
  return null;
}

/** The working copy with one measure's entry changed (a blank entry when it has none yet). */
export function withEntry(
  working: Working,
  measure: string,
  blank: ReportEntry,
  change: (entry: ReportEntry) => ReportEntry,
): Working {
  const entries = working.content.entries;
  const at = entries.findIndex((e) => e.measure === measure);
  const next = change(at < 0 ? blank : entries[at]!);
  return {
    ...working,
    content: {
      ...working.content,
      entries: at < 0 ? [...entries, next] : entries.map((e, i) => (i === at ? next : e)),
    },
  };
}

/** The entry with a file added to it (once). */
export const linked = (entry: ReportEntry, id: string): ReportEntry => {
  const ids = entry.attachments ?? [];
  return ids.includes(id) ? entry : { ...entry, attachments: [...ids, id] };
};

/** The entry without a file: the file itself stays on the server, unlinked. */
export const unlinked = (entry: ReportEntry, id: string): ReportEntry => {
  const { attachments, ...rest } = entry;
  const ids = (attachments ?? []).filter((a) => a !== id);
  return ids.length > 0 ? { ...rest, attachments: ids } : rest;
};

// What the server answered about files uploaded on this device. Content names files by id only, so
// elsewhere a file is shown as "File N" and gets its name when downloaded. Only names of files
// whose ids the reader already sees are ever shown, and only the newest few are kept.
type Known = Pick<Attachment, 'filename' | 'mediaType' | 'size'>;
const NAMES_KEY = 'senim.attachment-names';
const NAMES_KEPT = 200;

function readNames(): Record<string, Known> {
  try {
    const raw = globalThis.localStorage?.getItem(NAMES_KEY);
    return raw ? (JSON.parse(raw) as Record<string, Known>) : {};
  } catch {
    return {};
  }
}

export function rememberAttachment(attachment: Attachment): void {
  try {
    const names = readNames();
    delete names[attachment.id];
    names[attachment.id] = {
      filename: attachment.filename,
      mediaType: attachment.mediaType,
      size: attachment.size,
    };
    const kept = Object.entries(names).slice(-NAMES_KEPT);
    globalThis.localStorage?.setItem(NAMES_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // storage full or disabled: the file is shown by number
  }
}

export function knownAttachment(id: string): Known | null {
  const known = readNames()[id];
  return known && typeof known.filename === 'string' ? known : null;
}
