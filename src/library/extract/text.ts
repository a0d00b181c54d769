import { refuse, type Refusal } from './extraction.js';

const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes text files: UTF-8 (its BOM dropped) or UTF-16 announced by a BOM. Legacy code pages are
 * refused rather than guessed, because a wrong guess would index mojibake that nobody can find.
 */
export function decodeText(bytes: Uint8Array): string | Refusal {
  let text: string;
  try {
    if (startsWith(bytes, UTF16LE_BOM))
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    else if (startsWith(bytes, UTF16BE_BOM))
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    else if (bytes.includes(0)) return refuse(BINARY);
    else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('the file is not UTF-8 text');
  }
  if (text.includes('\u0000')) return refuse(BINARY);
  return text;
}

const BINARY = 'the file is binary, not a document Senim reads (txt, md, html, docx, pdf)';

/**
 * The shape every extraction leaves in: NFC (so a search for "ә" finds both spellings of it), `\n`
 * line ends, no trailing spaces, no runs of blank lines, nothing blank at either end.
 */
export function tidyText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Collapses the whitespace inside one line of running text, as a reader would see it. */
export function collapseSpaces(line: string): string {
  return line.replace(/[ \t\u00a0\f\v]+/g, ' ').trim();
}
