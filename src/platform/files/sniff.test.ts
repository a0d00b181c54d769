import { describe, expect, it } from 'vitest';
import { sniffFile } from './sniff.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('sniffFile', () => {
  it('recognises accepted kinds by their bytes', () => {
    expect(sniffFile(bytes('%PDF-1.7\n1 0 obj'))).toMatchObject({ mediaType: 'application/pdf' });
    expect(
      sniffFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ).toMatchObject({ mediaType: 'image/png' });
    expect(sniffFile(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({
      mediaType: 'image/jpeg',
    });
    expect(
      sniffFile(bytes('PK\x03\x04....[Content_Types].xml....word/document.xml')),
    ).toMatchObject({ extension: 'docx' });
    expect(sniffFile(new Uint8Array(Buffer.from('Есеп: 2026 жыл', 'utf8')))).toMatchObject({
      mediaType: 'text/plain; charset=utf-8',
    });
  });

  it('refuses what a report should not carry, whatever its name', () => {
    for (const [input, reason] of [
      [bytes(''), /empty/],
      [bytes('%PDF-1.7\n<< /Encrypt 5 0 R >>'), /encrypted/],
      [bytes('PK\x03\x04 some.exe'), /archives/],
      [bytes('MZ\x90\x00\x03\x00'), /binary/],
      [bytes('<html><script>alert(1)</script>'), /HTML/],
      [new Uint8Array([0x41, 0xff, 0xfe, 0x41]), /UTF-8/],
    ] as const) {
      const result = sniffFile(input);
      expect('refused' in result && result.refused).toMatch(reason);
    }
  });
});
