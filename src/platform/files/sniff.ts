/**
 * What a file is, judged by its bytes and not its name. Only kinds a report needs are accepted;
 * anything else (executables, archives, HTML with scripts) is refused.
 */
export type Sniffed = { mediaType: string; extension: string } | { refused: string };

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((b, i) => bytes[i] === b);

export function sniffFile(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { refused: 'the file is empty' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    // An encrypted PDF cannot be read by the Secretariat or the search: refuse it.
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('latin1');
    return /\/Encrypt\b/.test(head)
      ? { refused: 'the PDF is encrypted' }
      : { mediaType: 'application/pdf', extension: 'pdf' };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extension: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096))).toString('latin1');
    if (head.includes('word/') || head.includes('[Content_Types].xml')) {
      return {
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    }
    return { refused: 'archives are not accepted; attach a PDF, DOCX, image or text file' };
  }
  if (bytes.includes(0)) return { refused: 'binary files of this kind are not accepted' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 65536));
  if (text.includes('\uFFFD')) return { refused: 'the text is not UTF-8' };
  if (/<script\b|<html\b|<svg\b/i.test(text))
    return { refused: 'HTML and SVG are not accepted as attachments' };
  return { mediaType: 'text/plain; charset=utf-8', extension: 'txt' };
}
