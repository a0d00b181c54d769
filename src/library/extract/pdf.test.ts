import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractText } from './index.js';
import { buildPdf } from './pdf-fixture.js';

const SCRIPTED = { refused: 'the PDF carries scripts' };

describe('extractText on PDF', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads the text layer line by line, pages apart, and the Info title', async () => {
    const bytes = buildPdf({
      pages: [['Conference on Interaction', 'and   Confidence (CICA)'], ['Second page']],
      title: 'Қазақстан Республикасы',
    });
    expect(await extractText(bytes)).toEqual({
      format: 'pdf',
      mediaType: 'application/pdf',
      text: 'Conference on Interaction\nand Confidence (CICA)\n\nSecond page',
      title: 'Қазақстан Республикасы',
    });
  });

  it('has no title when the Info dictionary has none', async () => {
    const result = await extractText(buildPdf({ pages: [['Text']] }));
    expect(result).toMatchObject({ format: 'pdf', text: 'Text', title: null });
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = buildPdf({ pages: [['Twice']] });
    await extractText(bytes);
    expect(await extractText(bytes)).toMatchObject({ text: 'Twice' });
  });

  it('reads a Node Buffer, as the upload route hands it over', async () => {
    const bytes = Buffer.from(buildPdf({ pages: [['From a Buffer']] }));
    expect(await extractText(bytes)).toMatchObject({ format: 'pdf', text: 'From a Buffer' });
  });

  it('refuses a PDF without a text layer', async () => {
    expect(await extractText(buildPdf({ pages: [[], []] }))).toEqual({
      refused: 'the PDF has no text layer (a scan?); add one by OCR first',
    });
  });

  it('refuses an encrypted PDF', async () => {
    const bytes = buildPdf({ pages: [['secret']], encrypt: true });
    expect(await extractText(bytes)).toEqual({ refused: 'the PDF is encrypted' });
  });

  it('refuses a PDF whose open action runs JavaScript', async () => {
    const bytes = buildPdf({ pages: [['hello']], openActionScript: 'app.alert(1)' });
    expect(await extractText(bytes)).toEqual(SCRIPTED);
  });

  it('sees through names spelt with #xx escapes', async () => {
    const bytes = buildPdf({
      pages: [['hello']],
      openActionScript: 'app.alert(1)',
      javaScriptName: 'J#61vaScript',
    });
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toContain('/JavaScript');
    expect(await extractText(bytes)).toEqual(SCRIPTED);
  });

  it('finds JavaScript hidden in a compressed object stream, beyond the byte scan', async () => {
    const hidden = buildPdf({
      pages: [['hello']],
      openActionScript: 'app.alert(1)',
      compressAction: true,
    });
    expect(Buffer.from(hidden).toString('latin1')).not.toMatch(/JavaScript|\/JS\b/);
    expect(await extractText(hidden)).toEqual(SCRIPTED);
    // The same file with a harmless action reads, so the refusal above is the script's doing.
    const harmless = buildPdf({
      pages: [['hello']],
      openActionScript: 'x',
      javaScriptName: 'GoTo',
      compressAction: true,
    });
    expect(await extractText(harmless)).toMatchObject({ format: 'pdf', text: 'hello' });
  });

  it('refuses a PDF that launches programs', async () => {
    const bytes = buildPdf({ pages: [['hello']], openActionScript: 'x', javaScriptName: 'Launch' });
    expect(await extractText(bytes)).toEqual(SCRIPTED);
  });

  it('refuses garbage after the signature as malformed, silently', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const garbage = new TextEncoder().encode('%PDF-1.7\n\u0001\u0002 obj << /Type ((( >> stream');
    expect(await extractText(garbage)).toEqual({ refused: 'the PDF is malformed' });
    expect(log).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it.each([40, 200, 400])('refuses a PDF cut after %i bytes as malformed', async (length) => {
    const whole = buildPdf({ pages: [['hello']] });
    expect(await extractText(whole.subarray(0, length))).toEqual({
      refused: 'the PDF is malformed',
    });
  });
});
