import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractText } from './index.js';

const MAIN_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const MACRO_TYPE = 'application/vnd.ms-word.document.macroEnabled.main+xml';

function contentTypes(mainType = MAIN_TYPE): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="${mainType}"/></Types>`
  );
}

const BODY =
  '<w:p><w:r><w:t>Қазақстан Республикасы</w:t></w:r><w:r><w:t xml:space="preserve"> АӨСШК-ның </w:t></w:r>' +
  '<w:r><w:t>отырысы</w:t></w:r></w:p>' +
  '<w:p><w:r><w:t>Бірінші</w:t><w:tab/><w:t>екінші</w:t><w:br/><w:t>үшінші</w:t></w:r></w:p>' +
  '<w:p/><w:p/><w:p/>' +
  '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A &amp; B</w:t></w:r></w:p></w:tc>' +
  '<w:tc><w:p><w:r><w:delText>removed</w:delText><w:t>C</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';

const TEXT = 'Қазақстан Республикасы АӨСШК-ның отырысы\nБірінші\tекінші\nүшінші\n\nA & B\nC';

function documentXml(body = BODY): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body>${body}</w:body></w:document>`
  );
}

function coreXml(title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${title}</dc:title></cp:coreProperties>`
  );
}

function buildDocx(
  extra: Zippable = {},
  options: { mainType?: string; body?: string } = {},
): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes(options.mainType)),
    'word/document.xml': strToU8(documentXml(options.body)),
    ...extra,
  });
}

/** Rewrites an entry's uncompressed size in the central directory, as a hostile archive would. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const patched = zip.slice();
  const view = new DataView(patched.buffer);
  for (let at = 0; at + 46 <= patched.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const entry = new TextDecoder().decode(patched.subarray(at + 46, at + 46 + nameLength));
    if (entry === name) view.setUint32(at + 24, size, true);
  }
  return patched;
}

describe('extractText on DOCX', () => {
  it('reads paragraphs, tabs, breaks and table cells, and the title from the core properties', async () => {
    const bytes = buildDocx({ 'docProps/core.xml': strToU8(coreXml(' Хаттама  №5 ')) });
    expect(await extractText(bytes)).toEqual({
      format: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      text: TEXT,
      title: 'Хаттама №5',
    });
  });

  it('has no title when the core properties leave it empty or are missing', async () => {
    const empty = await extractText(buildDocx({ 'docProps/core.xml': strToU8(coreXml('')) }));
    const missing = await extractText(buildDocx());
    expect(empty).toMatchObject({ format: 'docx', title: null, text: TEXT });
    expect(missing).toMatchObject({ format: 'docx', title: null, text: TEXT });
  });

  it('refuses a document with a VBA project', async () => {
    const bytes = buildDocx({ 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) });
    expect(await extractText(bytes)).toEqual({ refused: 'the DOCX carries macros' });
  });

  it('refuses a document whose content type is macro-enabled', async () => {
    const bytes = buildDocx({}, { mainType: MACRO_TYPE });
    expect(await extractText(bytes)).toEqual({ refused: 'the DOCX carries macros' });
  });

  it('refuses an archive with more entries than allowed, before inflating any', async () => {
    const entries: Zippable = {};
    for (let i = 0; i < 2000; i++) entries[`word/media/${i}.xml`] = strToU8('<x/>');
    expect(await extractText(buildDocx(entries))).toEqual({
      refused: 'the archive has 2002 entries (at most 1000)',
    });
  });

  it('refuses an archive that declares a huge uncompressed size', async () => {
    const bomb = declareSize(buildDocx(), 'word/document.xml', 0xfffffff0);
    const result = await extractText(bomb);
    expect(result).toHaveProperty('refused');
    expect((result as { refused: string }).refused).toMatch(
      /^the archive unpacks to 4096 MB \(at most 200 MB\)$/,
    );
  });

  it('refuses a real zip bomb by its declared size under a small limit', async () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const bytes = buildDocx({ 'word/media/zeros.bin': [zeros, { level: 9 }] });
    expect(bytes.length).toBeLessThan(64 * 1024);
    const result = await extractText(bytes, { maxUncompressedBytes: 1024 * 1024 });
    expect((result as { refused: string }).refused).toMatch(/^the archive unpacks to 4 MB/);
  });

  it('inflates an entry no further than it declares', async () => {
    const full = buildDocx();
    const lying = declareSize(full, 'word/document.xml', 300);
    const result = await extractText(lying);
    expect(result).toMatchObject({ format: 'docx' });
    const text = (result as { text: string }).text;
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThan(TEXT.length);
  });

  it('refuses a zip that is not a Word document', async () => {
    const bytes = zipSync({ 'notes.txt': strToU8('hello'), 'word/other.xml': strToU8('<x/>') });
    expect(await extractText(bytes)).toEqual({ refused: 'the archive is not a Word document' });
  });

  it('refuses a zip without [Content_Types].xml', async () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(documentXml()) });
    expect(await extractText(bytes)).toEqual({ refused: 'the archive is not a Word document' });
  });

  it('refuses a broken zip', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(64).fill(7)]);
    expect(await extractText(bytes)).toEqual({ refused: 'the archive is malformed' });
  });

  it('refuses OLE compound files: encrypted .docx and legacy .doc', async () => {
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await extractText(cfb)).toEqual({
      refused:
        'the Word file is encrypted or in the old .doc format; save it as .docx without a password',
    });
  });
});
