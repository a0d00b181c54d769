/** What a file's first bytes say it is; its name is never asked, since names lie and bytes do not. */
export type Container = 'pdf' | 'zip' | 'cfb' | 'foreign' | 'text';

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const PDF = ascii('%PDF-');
const ZIP = [ascii('PK\x03\x04'), ascii('PK\x05\x06')];
/** OLE compound files: legacy .doc, and the wrapper Office puts around a password-protected .docx. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Formats that could pass for text (or hold text) but are not documents Senim reads. */
const FOREIGN = [
  ascii('MZ'),
  ascii('\x7fELF'),
  ascii('\x89PNG'),
  [0xff, 0xd8, 0xff],
  ascii('GIF8'),
  ascii('RIFF'),
  ascii('{\\rtf'),
  ascii('\xca\xfe\xba\xbe'),
  ascii('\xcf\xfa\xed\xfe'),
  ascii('#!'),
  ascii('7z\xbc\xaf'),
  ascii('Rar!'),
  [0x1f, 0x8b],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

export function sniff(bytes: Uint8Array): Container {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (ZIP.some((signature) => startsWith(bytes, signature))) return 'zip';
  if (startsWith(bytes, CFB)) return 'cfb';
  if (FOREIGN.some((signature) => startsWith(bytes, signature))) return 'foreign';
  return 'text';
}

/** XML that is not XHTML (SVG, feeds, configuration) is markup Senim does not read as a document. */
export function isForeignMarkup(text: string): boolean {
  return /^\s*(?:<\?xml\b|<svg\b)/i.test(text);
}
