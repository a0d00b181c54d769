import { unzipSync, type UnzipFileInfo } from 'fflate';
import { Parser } from 'htmlparser2';
import {
  formatSize,
  refuse,
  type ExtractLimits,
  type Extraction,
  type Refusal,
} from './extraction.js';
import { collapseSpaces, tidyText } from './text.js';

const CONTENT_TYPES = '[Content_Types].xml';
const DOCUMENT = 'word/document.xml';
const CORE_PROPERTIES = 'docProps/core.xml';
const NEEDED = new Set([CONTENT_TYPES, DOCUMENT, CORE_PROPERTIES]);

export const DOCX_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The text of a Word document. The archive's directory is read before anything is inflated, so a
 * zip bomb is refused by what it declares; what it really inflates to is capped by that declaration,
 * because fflate writes into a buffer of the declared size and never grows it.
 */
export function extractDocx(bytes: Uint8Array, limits: ExtractLimits): Extraction | Refusal {
  let entries: UnzipFileInfo[];
  try {
    entries = listEntries(bytes);
  } catch {
    return refuse('the archive is malformed');
  }
  if (entries.length > limits.maxArchiveEntries) {
    return refuse(
      `the archive has ${entries.length} entries (at most ${limits.maxArchiveEntries})`,
    );
  }
  const declared = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (declared > limits.maxUncompressedBytes) {
    return refuse(
      `the archive unpacks to ${formatSize(declared)} (at most ${formatSize(limits.maxUncompressedBytes)})`,
    );
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has(CONTENT_TYPES) || !names.has(DOCUMENT)) {
    return refuse('the archive is not a Word document');
  }
  if (entries.some((entry) => /(?:^|\/)vba(?:Project\.bin|Data\.xml)$/i.test(entry.name))) {
    return refuse('the DOCX carries macros');
  }

  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (entry) => NEEDED.has(entry.name) });
  } catch {
    return refuse('the DOCX is malformed');
  }
  const decoder = new TextDecoder('utf-8');
  const part = (name: string) => {
    const data = parts[name];
    return data === undefined ? '' : decoder.decode(data);
  };
  if (/macroEnabled/i.test(part(CONTENT_TYPES))) return refuse('the DOCX carries macros');

  return {
    format: 'docx',
    mediaType: DOCX_MEDIA_TYPE,
    text: tidyText(documentText(part(DOCUMENT))),
    title: coreTitle(part(CORE_PROPERTIES)),
  };
}

/** The archive's directory, inflating nothing. */
function listEntries(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  unzipSync(bytes, {
    filter: (entry) => {
      entries.push(entry);
      return false;
    },
  });
  return entries;
}

/** WordprocessingML to lines: each `w:p` a line, `w:t` its text, tabs and breaks kept. */
function documentText(xml: string): string {
  let text = '';
  let inText = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'w:t') inText = true;
        else if (name === 'w:tab') text += '\t';
        else if (name === 'w:br' || name === 'w:cr') text += '\n';
        else if (name === 'w:noBreakHyphen') text += '\u2011';
      },
      ontext(data) {
        if (inText) text += data;
      },
      onclosetag(name) {
        if (name === 'w:t') inText = false;
        else if (name === 'w:p') text += '\n';
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return text;
}

function coreTitle(xml: string): string | null {
  let title = '';
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'dc:title') depth++;
      },
      ontext(data) {
        if (depth > 0) title += data;
      },
      onclosetag(name) {
        if (name === 'dc:title') depth--;
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  const collapsed = collapseSpaces(title);
  return collapsed === '' ? null : collapsed;
}
