import { Parser } from 'htmlparser2';
import { refuse, type Extraction, type Refusal } from './extraction.js';
import { collapseSpaces, tidyText } from './text.js';

const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|meta|title|p|div|h[1-6]|table|ul|ol|section|article|main|header|nav|span|a|br)[\s/>]/i;

/** Whether UTF-8 text is an HTML page or fragment, judged by its opening and its skeleton. */
export function looksLikeHtml(text: string): boolean {
  const opening = text
    .slice(0, 8192)
    .replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
  return HTML_START.test(opening) || /<(?:html|body)[\s>]/i.test(text);
}

/** Elements that can run code or pull in another page; a library keeps documents, not programs. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
]);
/** Elements whose content a reader never sees. */
const HIDDEN_ELEMENTS = new Set(['head', 'title', 'style', 'script', 'noscript', 'template']);
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre section ' +
    'summary table tbody tfoot thead tr ul'
  ).split(' '),
);

/** Browsers ignore whitespace and control characters inside a URL scheme, so `java\tscript:` runs. */
function isScriptUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const squeezed = value.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
  return /^(?:javascript|vbscript|livescript):/.test(squeezed);
}

function carriesScriptUrl(name: string, value: string): boolean {
  if (isScriptUrl(value)) return true;
  // These hold URLs after a prefix: `0; url=…`, `background: url(…)`, `a.png 1x, …`.
  if (name === 'style' || name === 'content' || name === 'srcset') {
    // eslint-disable-next-line no-control-regex
    return /(?:javascript|vbscript):/.test(value.replace(/[\u0000-\u0020]+/g, '').toLowerCase());
  }
  return false;
}

/**
 * The visible text of an HTML page, one line per block, or a refusal when the page carries scripts
 * (which the library would otherwise keep and one day serve).
 */
export function extractHtml(source: string): Extraction | Refusal {
  const lines: string[] = [];
  let line = '';
  let pendingSpace = false;
  let hidden = 0;
  let pre = 0;
  let scripted = false;
  let title: string | null = null;
  let inTitle = false;
  let heading: string | null = null;
  let inFirstH1 = false;

  const breakLine = () => {
    lines.push(line);
    line = '';
    pendingSpace = false;
  };
  const endBlock = () => {
    if (line.trim() !== '') breakLine();
  };
  const append = (chunk: string) => {
    if (pre > 0) {
      const parts = chunk.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) breakLine();
        line += part;
      });
      return;
    }
    const collapsed = chunk.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed.startsWith(' ')) pendingSpace = true;
    const words = collapsed.trim();
    if (words === '') return;
    line += (pendingSpace && line !== '' ? ' ' : '') + words;
    pendingSpace = collapsed.endsWith(' ');
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (ACTIVE_ELEMENTS.has(name)) scripted = true;
        if (HIDDEN_ELEMENTS.has(name)) hidden++;
        if (name === 'title' && title === null) inTitle = true;
        if (name === 'h1' && heading === null) inFirstH1 = true;
        if (name === 'pre') pre++;
        if (BLOCK_ELEMENTS.has(name)) endBlock();
        else if (name === 'br') breakLine();
        else if ((name === 'td' || name === 'th') && line !== '') {
          line += '\t';
          pendingSpace = false;
        }
      },
      onattribute(name, value) {
        if (/^on./.test(name) || carriesScriptUrl(name, value)) scripted = true;
      },
      ontext(text) {
        if (inTitle) title = (title ?? '') + text;
        if (inFirstH1) heading = (heading ?? '') + text;
        if (hidden === 0) append(text);
      },
      onclosetag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(0, hidden - 1);
        if (name === 'title') inTitle = false;
        if (name === 'h1' && inFirstH1) {
          inFirstH1 = false;
          heading ??= '';
        }
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (BLOCK_ELEMENTS.has(name)) endBlock();
      },
    },
    { decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  breakLine();

  if (scripted) return refuse('the HTML carries scripts');
  const named = [title, heading]
    .map((name) => collapseSpaces(name ?? ''))
    .find((name) => name !== '');
  return {
    format: 'html',
    mediaType: 'text/html; charset=utf-8',
    text: tidyText(lines.join('\n')),
    title: named ?? null,
  };
}
