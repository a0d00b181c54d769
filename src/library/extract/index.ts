/**
 * Text extraction for the document library: from the bytes of an upload to the text Senim indexes,
 * or a refusal the uploader can act on. The format is judged by the bytes alone.
 */
import { extractDocx } from './docx.js';
import {
  DEFAULT_EXTRACT_LIMITS,
  formatSize,
  refuse,
  type Extracted,
  type ExtractLimits,
} from './extraction.js';
import { extractHtml, looksLikeHtml } from './html.js';
import { looksLikeMarkdown, markdownToText } from './markdown.js';
import { extractPdf } from './pdf.js';
import { isForeignMarkup, sniff } from './sniff.js';
import { decodeText, tidyText } from './text.js';

export {
  DEFAULT_EXTRACT_LIMITS,
  type DocumentFormat,
  type Extracted,
  type Extraction,
  type ExtractLimits,
} from './extraction.js';

const NOT_A_DOCUMENT = 'the file is not a document Senim reads (txt, md, html, docx, pdf)';

/**
 * Extracts the text of a document (txt, md, html, docx, pdf). Never throws for bad input and never
 * runs anything the document carries: scripts, macros and encryption are refused.
 *
 * @example
 * const result = await extractText(new TextEncoder().encode('# Заң\n\nМәтін'));
 * if ('refused' in result) console.error(result.refused);
 * else console.log(result.format, result.title, result.text); // md Заң Заң\n\nМәтін
 */
export async function extractText(
  bytes: Uint8Array,
  limits: Partial<ExtractLimits> = {},
): Promise<Extracted> {
  const allowed: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS, ...limits };
  if (bytes.length > allowed.maxBytes) {
    return refuse(`the file is larger than ${formatSize(allowed.maxBytes)}`);
  }
  if (bytes.length === 0) return refuse('the file is empty');
  try {
    return await extract(bytes, allowed);
  } catch {
    // A parser bug must not become a server error for the uploader; the file is what we cannot read.
    return refuse('the file could not be read');
  }
}

async function extract(bytes: Uint8Array, limits: ExtractLimits): Promise<Extracted> {
  switch (sniff(bytes)) {
    case 'pdf':
      return extractPdf(bytes);
    case 'zip':
      return extractDocx(bytes, limits);
    case 'cfb':
      return refuse(
        'the Word file is encrypted or in the old .doc format; save it as .docx without a password',
      );
    case 'foreign':
      return refuse(NOT_A_DOCUMENT);
    case 'text':
      return extractPlain(bytes);
  }
}

function extractPlain(bytes: Uint8Array): Extracted {
  const text = decodeText(bytes);
  if (typeof text !== 'string') return text;
  if (isForeignMarkup(text) && !looksLikeHtml(text)) return refuse(NOT_A_DOCUMENT);
  if (looksLikeHtml(text)) return extractHtml(text);
  const normalised = text.replace(/\r\n?/g, '\n');
  if (looksLikeMarkdown(normalised)) {
    const { text: plain, title } = markdownToText(normalised);
    return {
      format: 'md',
      mediaType: 'text/markdown; charset=utf-8',
      text: tidyText(plain),
      title,
    };
  }
  return {
    format: 'txt',
    mediaType: 'text/plain; charset=utf-8',
    text: tidyText(text),
    title: null,
  };
}
