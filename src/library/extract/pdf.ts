import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { refuse, type Extraction, type Refusal } from './extraction.js';
import { collapseSpaces, tidyText } from './text.js';

type Pdfjs = typeof PdfjsModule;
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

const ENCRYPTED = 'the PDF is encrypted';
const SCRIPTED = 'the PDF carries scripts';
const MALFORMED = 'the PDF is malformed';

let pdfjs: Promise<Pdfjs> | undefined;

/**
 * pdfjs is loaded on first use (it is large) and parses on this thread: in Node it imports its worker
 * module as a "fake worker", which it must be able to find outside a bundler.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((module) => {
    const worker = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    module.GlobalWorkerOptions.workerSrc = pathToFileURL(worker).href;
    return module;
  });
  return pdfjs;
}

/** PDF names may spell letters as `#xx`, so `/J#53` is `/JS`; compare them decoded. */
function pdfNames(bytes: Uint8Array): Set<string> {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const names = new Set<string>();
  // eslint-disable-next-line no-control-regex
  for (const match of raw.matchAll(/\/([^\x00\t\n\f\r /<>[\]()%{}]+)/g)) {
    names.add(
      (match[1] ?? '').replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      ),
    );
  }
  return names;
}

/** Checked on the raw bytes first, so a hostile file is refused before the parser sees it. */
function screen(bytes: Uint8Array): Refusal | null {
  const names = pdfNames(bytes);
  if (names.has('Encrypt')) return refuse(ENCRYPTED);
  if (['JavaScript', 'JS', 'Launch'].some((name) => names.has(name))) return refuse(SCRIPTED);
  return null;
}

/** Scripts hidden in compressed object streams escape the byte screen; pdfjs finds them parsed. */
async function carriesScripts(document: PdfDocument): Promise<boolean> {
  const actions = await document.getJSActions();
  return actions !== null && Object.keys(actions).length > 0;
}

/**
 * The text layer of a PDF, one line per line of text and a blank line between pages. Nothing in
 * the file is run: pdfjs is asked not to evaluate code nor load fonts, and the file's scripts are
 * grounds for refusal.
 */
export async function extractPdf(bytes: Uint8Array): Promise<Extraction | Refusal> {
  const screened = screen(bytes);
  if (screened) return screened;

  const { getDocument } = await loadPdfjs();
  // pdfjs may transfer the buffer it is given, so it gets a copy; and it refuses a Node Buffer
  // (what the upload route hands over), so the copy is a plain Uint8Array.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    enableXfa: false,
    verbosity: 0,
  });
  let document: PdfDocument;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    return refuse(
      error instanceof Error && error.name === 'PasswordException' ? ENCRYPTED : MALFORMED,
    );
  }
  try {
    if (await carriesScripts(document)) return refuse(SCRIPTED);
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const actions = await page.getJSActions();
      if (actions !== null && Object.keys(actions).length > 0) return refuse(SCRIPTED);
      pages.push(pageText(await page.getTextContent()));
      page.cleanup();
    }
    const text = tidyText(pages.join('\n\n'));
    if (text.trim() === '')
      return refuse('the PDF has no text layer (a scan?); add one by OCR first');
    return { format: 'pdf', mediaType: 'application/pdf', text, title: await infoTitle(document) };
  } catch {
    return refuse(MALFORMED);
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

type TextContent = Awaited<
  ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['getTextContent']>
>;

function pageText(content: TextContent): string {
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text.split('\n').map(collapseSpaces).join('\n');
}

async function infoTitle(document: PdfDocument): Promise<string | null> {
  const { info } = await document.getMetadata();
  const title: unknown = (info as Record<string, unknown>)['Title'];
  if (typeof title !== 'string') return null;
  const collapsed = collapseSpaces(title);
  return collapsed === '' ? null : collapsed;
}
