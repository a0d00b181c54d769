import { zlibSync } from 'fflate';

/**
 * A small PDF writer for tests, so no binary fixture lives in the repository. It writes classic
 * PDF 1.4: numbered objects, one Helvetica Type1 font, a content stream per page and an xref table
 * with the true byte offsets, which pdfjs checks.
 */
export interface PdfFixture {
  /** Lines of text per page; an empty page has an empty content stream (a scan without OCR). */
  pages: string[][];
  /** Written as UTF-16BE, so non-Latin titles survive. */
  title?: string;
  /** Adds an /Encrypt dictionary to the trailer. */
  encrypt?: boolean;
  /** Adds an /OpenAction that runs this JavaScript. */
  openActionScript?: string;
  /** The action's type as written, so a test can spell it `J#61vaScript` or make it `Launch`. */
  javaScriptName?: string;
  /** Hides the action in a compressed object stream (PDF 1.5), out of sight of a byte scan. */
  compressAction?: boolean;
}

function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}

function contentStream(lines: string[]): string {
  if (lines.length === 0) return '';
  const shown = lines.map((line, i) => `${i === 0 ? '' : '0 -16 Td '}${literal(line)} Tj`);
  return `BT /F1 12 Tf 72 720 Td ${shown.join(' ')} ET`;
}

export function buildPdf(fixture: PdfFixture): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);

  const catalog = add('');
  const pages = add('');
  const font = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  );
  const kids = fixture.pages.map((lines) => {
    const stream = contentStream(lines);
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 612 792] ` +
        `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
    );
  });
  objects[pages - 1] =
    `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let openAction = '';
  let packed: { stream: number; member: number } | null = null;
  if (fixture.openActionScript !== undefined) {
    const name = fixture.javaScriptName ?? 'JavaScript';
    const body = `<< /Type /Action /S /${name} /JS ${literal(fixture.openActionScript)} >>`;
    if (fixture.compressAction) {
      const member = add('null');
      const header = `${member} 0 `;
      const data = latin1(zlibSync(Buffer.from(`${header}${body}`, 'latin1')));
      const stream = add(
        `<< /Type /ObjStm /N 1 /First ${header.length} /Length ${data.length} ` +
          `/Filter /FlateDecode >>\nstream\n${data}\nendstream`,
      );
      packed = { stream, member };
      openAction = ` /OpenAction ${member} 0 R`;
    } else {
      openAction = ` /OpenAction ${add(body)} 0 R`;
    }
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pages} 0 R${openAction} >>`;
  const info = add(
    fixture.title === undefined ? '<< >>' : `<< /Title ${utf16Hex(fixture.title)} >>`,
  );
  const encrypt = fixture.encrypt
    ? add(
        `<< /Filter /Standard /V 1 /R 2 /O <${'28'.repeat(32)}> /U <${'bf'.repeat(32)}> /P -44 >>`,
      )
    : null;

  let pdf = `%PDF-1.${packed === null ? 4 : 5}\n%\u00e2\u00e3\u00cf\u00d3\n`;
  const offsets = objects.map((body, i) => {
    if (packed !== null && i + 1 === packed.member) return 0;
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const id = `<${'0123456789abcdef'.repeat(2)}>`;
  const trailer =
    `/Root ${catalog} 0 R /Info ${info} 0 R /ID [${id} ${id}]` +
    `${encrypt === null ? '' : ` /Encrypt ${encrypt} 0 R`}`;
  const xref = pdf.length;
  if (packed === null) {
    pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
    pdf += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\n`;
  } else {
    // An object in an object stream can only be found through a cross-reference stream.
    const { stream, member } = packed;
    const self = objects.length + 1;
    const rows = [entry(0, 0, 0xffff)];
    offsets.forEach((offset, i) =>
      rows.push(i + 1 === member ? entry(2, stream, 0) : entry(1, offset, 0)),
    );
    rows.push(entry(1, xref, 0));
    const data = rows.join('');
    pdf +=
      `${self} 0 obj\n<< /Type /XRef /Size ${self + 1} /W [1 4 2] /Length ${data.length} ${trailer} >>\n` +
      `stream\n${data}\nendstream\nendobj\n`;
  }
  pdf += `startxref\n${xref}\n%%EOF\n`;
  // Every character above is below U+0100, so latin1 gives the byte offsets the xref promised.
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

/** One row of a cross-reference stream with field widths [1 4 2]. */
function entry(type: number, field2: number, field3: number): string {
  const row = Buffer.alloc(7);
  row.writeUInt8(type, 0);
  row.writeUInt32BE(field2, 1);
  row.writeUInt16BE(field3, 5);
  return latin1(row);
}
