import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_LIMITS, extractText, type Extracted } from './index.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const NOT_A_DOCUMENT = 'the file is not a document Senim reads (txt, md, html, docx, pdf)';

function reason(result: Extracted): string {
  if (!('refused' in result)) throw new Error(`expected a refusal, got ${result.format}`);
  return result.refused;
}

describe('extractText: limits and foreign files', () => {
  it('defaults to 20 MB, 1000 entries and 200 MB unpacked', () => {
    expect(DEFAULT_EXTRACT_LIMITS).toEqual({
      maxBytes: 20 * 1024 * 1024,
      maxArchiveEntries: 1000,
      maxUncompressedBytes: 200 * 1024 * 1024,
    });
  });

  it('refuses a file over the size limit before looking at it', async () => {
    expect(reason(await extractText(utf8('twelve bytes'), { maxBytes: 10 }))).toBe(
      'the file is larger than 10 bytes',
    );
    const big = new Uint8Array(DEFAULT_EXTRACT_LIMITS.maxBytes + 1);
    expect(reason(await extractText(big))).toBe('the file is larger than 20 MB');
  });

  it('refuses an empty file', async () => {
    expect(reason(await extractText(new Uint8Array()))).toBe('the file is empty');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 1, 2]],
    ['Windows executable', [...utf8('MZ'), 0x90, 0, 3, 0]],
    ['ELF executable', [0x7f, ...utf8('ELF'), 2, 1, 1]],
    ['RTF', [...utf8('{\\rtf1\\ansi Hello}')]],
    ['SVG', [...utf8('<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>')]],
    ['XML', [...utf8('<?xml version="1.0"?><feed><title>x</title></feed>')]],
  ])('refuses a %s file', async (_, bytes) => {
    expect(reason(await extractText(new Uint8Array(bytes)))).toBe(NOT_A_DOCUMENT);
  });

  it('never throws, whatever the bytes', async () => {
    const prefixes = ['', '%PDF-1.4\n', 'PK\u0003\u0004', '<html>', '# '].map((prefix) =>
      Buffer.from(prefix, 'latin1'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.uint8Array({ maxLength: 512 }),
        async (prefix, tail) => {
          const result = await extractText(new Uint8Array([...prefix, ...tail]));
          expect('refused' in result || typeof result.text === 'string').toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('extractText on plain text', () => {
  it('reads Kazakh UTF-8, dropping the BOM and tidying lines', async () => {
    const source =
      '\uFEFFҚазақстан Республикасы  \r\nАӨСШК-ның отырысы\r\n\r\n\r\n\r\nҚорытынды\t\r\n';
    expect(await extractText(utf8(source))).toEqual({
      format: 'txt',
      mediaType: 'text/plain; charset=utf-8',
      text: 'Қазақстан Республикасы\nАӨСШК-ның отырысы\n\nҚорытынды',
      title: null,
    });
  });

  it('composes decomposed letters (NFC), so searches find them', async () => {
    const result = await extractText(utf8('Бии\u0306'));
    expect(result).toMatchObject({ format: 'txt', text: 'Бий' });
  });

  it('reads UTF-16 announced by a BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Сенім', 'utf16le')]);
    expect(await extractText(new Uint8Array(le))).toMatchObject({ format: 'txt', text: 'Сенім' });
  });

  it('refuses text that is not UTF-8 (a Windows-1251 file)', async () => {
    const cp1251 = new Uint8Array([
      0xd1, 0xe5, 0xed, 0xe8, 0xec, 0x20, 0xf2, 0xe5, 0xea, 0xf1, 0xf2,
    ]);
    expect(reason(await extractText(cp1251))).toBe('the file is not UTF-8 text');
  });

  it('refuses binary data with NUL bytes', async () => {
    expect(reason(await extractText(new Uint8Array([0x41, 0x42, 0x00, 0x43])))).toMatch(
      /^the file is binary/,
    );
  });
});

describe('extractText on Markdown', () => {
  it('keeps the words and drops the markup, URLs, images and comments', async () => {
    const source = [
      '# Қазақстан **Республикасы**',
      '',
      'The [CICA secretariat](https://s-cica.org "home") meets',
      'in _Astana_ every `year`.  ',
      'A hard break above.',
      '',
      '![logo](logo.png) <!-- editor note -->',
      '',
      '- first item',
      '* [ ] second *item*',
      '1. third',
      '',
      '> quoted text',
      '',
      '```ts',
      'const a = [1](2);',
      '```',
      '',
      '| Country | Year |',
      '|---|:---:|',
      '| Kazakhstan | 1992 |',
      '',
      'Setext heading',
      '--------------',
      '',
      '***',
      '[ref]: https://example.org',
    ].join('\n');
    expect(await extractText(utf8(source))).toEqual({
      format: 'md',
      mediaType: 'text/markdown; charset=utf-8',
      text: [
        'Қазақстан Республикасы',
        '',
        'The CICA secretariat meets in Astana every year.',
        'A hard break above.',
        '',
        'first item',
        'second item',
        'third',
        '',
        'quoted text',
        '',
        'const a = [1](2);',
        '',
        'Country\tYear',
        'Kazakhstan\t1992',
        '',
        'Setext heading',
      ].join('\n'),
      title: 'Қазақстан Республикасы',
    });
  });

  it('takes a setext heading as the title', async () => {
    const result = await extractText(utf8('Хаттама\n=======\n\nМәтін [сілтеме](http://x.kz).'));
    expect(result).toMatchObject({
      format: 'md',
      title: 'Хаттама',
      text: 'Хаттама\n\nМәтін сілтеме.',
    });
  });

  it('leaves plain prose as text', async () => {
    const result = await extractText(utf8('Just a note - with a dash, and 2 * 3 = 6.'));
    expect(result).toMatchObject({ format: 'txt' });
  });
});

describe('extractText on HTML', () => {
  const page = `<!DOCTYPE html>
<html><head><title> Хаттама   №5 </title><style>p { color: red }</style>
<meta charset="utf-8"></head>
<body><h1>Қазақстан Республикасы</h1>
<p>АӨСШК-ның
   отырысы &amp; <b>шешімі</b>&nbsp;</p>
<ul><li>бірінші</li><li>екінші</li></ul>
<div>Line one<br>line two</div>
<table><tr><th>Country</th><th>Year</th></tr><tr><td>Kazakhstan</td><td>1992</td></tr></table>
<pre>  indented
    code</pre>
<!-- a comment --><noscript>enable scripts</noscript>
</body></html>`;

  it('reads the visible text, one line per block, and the title', async () => {
    expect(await extractText(utf8(page))).toEqual({
      format: 'html',
      mediaType: 'text/html; charset=utf-8',
      text: [
        'Қазақстан Республикасы',
        'АӨСШК-ның отырысы & шешімі',
        'бірінші',
        'екінші',
        'Line one',
        'line two',
        'Country\tYear',
        'Kazakhstan\t1992',
        '  indented',
        '    code',
      ].join('\n'),
      title: 'Хаттама №5',
    });
  });

  it('falls back to the first h1 for the title of a fragment', async () => {
    const result = await extractText(utf8('<p>Intro</p><h1>Заң</h1><h1>Other</h1>'));
    expect(result).toMatchObject({ format: 'html', title: 'Заң', text: 'Intro\nЗаң\nOther' });
  });

  it.each([
    ['a script element', '<p>x</p><script>alert(1)</script>'],
    ['an uppercase script element', '<p>x</p><SCRIPT SRC="x.js"></SCRIPT>'],
    ['an event handler', '<p onclick="alert(1)">x</p>'],
    ['an event handler after a slash', '<p>x<img/src="x"/onerror=alert(1)></p>'],
    ['a javascript: link', '<p><a href="javascript:alert(1)">x</a></p>'],
    ['a disguised javascript: link', '<p><a href=" JaVa&#x09;ScRipt:alert(1)">x</a></p>'],
    ['a javascript: source', '<p><img src="javascript:alert(1)"></p>'],
    ['a javascript: style', '<p style="background:url( javascript:alert(1))">x</p>'],
    [
      'a refresh to javascript:',
      '<html><meta http-equiv="refresh" content="0;url=javascript:x"></html>',
    ],
    ['an iframe', '<p>x</p><iframe src="https://example.org"></iframe>'],
    ['an object', '<p>x</p><object data="x.swf"></object>'],
    ['an embed', '<p>x</p><embed src="x.swf">'],
  ])('refuses a page with %s', async (_, source) => {
    expect(reason(await extractText(utf8(source)))).toBe('the HTML carries scripts');
  });

  it('keeps a page whose text merely mentions javascript:', async () => {
    const result = await extractText(utf8('<p title="about">Never click javascript: links</p>'));
    expect(result).toMatchObject({ format: 'html', text: 'Never click javascript: links' });
  });
});
