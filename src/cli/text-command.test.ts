import { describe, expect, it } from 'vitest';
import { runTextCommand } from './text-command.js';

async function run(
  args: string[],
  input: string | Buffer,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runTextCommand(
    args,
    typeof input === 'string' ? Buffer.from(input, 'utf8') : input,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

const jsonLines = (s: string): Record<string, unknown>[] =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('senim text', () => {
  it('normalizes line for line', async () => {
    const input = 'Əзірбайжан ҰҚШҰның\n21ші сессиясы\n\nтаза мәтін\n';
    const r = await run(['normalize'], input);
    expect(r.code).toBe(0);
    expect(r.out).toBe('Әзірбайжан ҰҚШҰ-ның\n21-ші сессиясы\n\nтаза мәтін\n');
    expect(r.out.split('\n').length).toBe(input.split('\n').length);
  });

  it('explains normalisation as JSON Lines with offsets into the input', async () => {
    const input = 'таза\nƏлем ҰҚШҰның';
    const r = await run(['normalize', '--explain'], input);
    const changes = jsonLines(r.out);
    expect(changes.map((c) => [c.line, c.before, c.after, c.reason])).toEqual([
      [2, 'Ə', 'Ә', 'lookalike'],
      [2, '', '-', 'lost-hyphen'],
    ]);
    for (const c of changes) expect(input.slice(c.start as number, c.end as number)).toBe(c.before);
  });

  it('writes sentences, tokens, dates and entities as JSON Lines with line, offsets and surface', async () => {
    const input =
      'Ресей, Қытай т\n.б. елдер 2019 жылы 14 қарашада БҰҰ-ның\nжиынына қатысты.Сол жылғы 10 қазанда ШЫҰ-на кірді.';
    const sentences = jsonLines((await run(['sentences'], input)).out);
    expect(sentences.map((s) => s.line)).toEqual([1, 3]);
    const dates = jsonLines((await run(['dates'], input)).out);
    expect(dates.map((d) => [d.line, d.text, d.value])).toEqual([
      [2, '2019 жылы 14 қарашада', '2019-11-14'],
      [3, 'Сол жылғы 10 қазанда', '2019-10-10'],
    ]);
    const entities = jsonLines((await run(['entities'], input)).out);
    expect(entities.map((e) => [e.line, e.text, e.id, e.type])).toEqual([
      [1, 'Ресей', 'RUS', 'state'],
      [1, 'Қытай', 'CHN', 'state'],
      [2, 'БҰҰ-ның', 'UN', 'organization'],
      [3, 'ШЫҰ-на', 'SCO', 'organization'],
    ]);
    const tokens = jsonLines((await run(['tokens'], input)).out);
    for (const item of [...sentences, ...dates, ...entities, ...tokens]) {
      expect(input.slice(item.start as number, item.end as number)).toBe(item.text);
      expect(input.slice(0, item.start as number).split('\n').length).toBe(item.line);
    }
  });

  it('writes lemmas with lemma, pos and features', async () => {
    const r = await run(['lemmas'], 'Қазақстан\nБҰҰ-ның');
    const items = jsonLines(r.out);
    expect(items.map((i) => [i.line, i.text])).toEqual([
      [1, 'Қазақстан'],
      [2, 'БҰҰ-ның'],
    ]);
    for (const i of items) {
      expect(typeof i.lemma).toBe('string');
      expect(typeof i.pos).toBe('string');
      expect(typeof i.features).toBe('object');
    }
  });

  it('transliterates both ways', async () => {
    expect((await run(['translit', '--to', 'latin'], 'Біріккен Ұлттар Ұйымы\nИРАН\n')).out).toBe(
      'Bırıkken Ūlttar Ūiymy\nİRAN\n',
    );
    expect((await run(['translit', '--to=cyrillic'], 'Bırıkken Ūlttar Ūiymy\n')).out).toBe(
      'Біріккен Ұлттар Ұйымы\n',
    );
    expect((await run(['translit', '--to', 'cyrillic', '--from', '2018'], 'álem\n')).out).toBe(
      'әлем\n',
    );
  });

  it('refuses binary and invalid UTF-8 input with exit code 2 and a one-line reason', async () => {
    for (const input of [
      Buffer.from([0x61, 0x00, 0x62]),
      Buffer.from([0xd0, 0x28]),
      Buffer.from([0xff, 0xfe, 0x41]),
    ]) {
      const r = await run(['tokens'], input);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('refuses unknown subcommands and options with exit code 2', async () => {
    for (const args of [
      ['frobnicate'],
      ['tokens', '--bogus'],
      [],
      ['translit'],
      ['translit', '--to', 'greek'],
      ['tokens', '--explain'],
      ['tokens', 'extra'],
    ]) {
      const r = await run(args, 'мәтін');
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('prints help', async () => {
    const r = await run(['--help'], '');
    expect(r.code).toBe(0);
    expect(r.out).toContain('senim text');
  });

  it('keeps offsets right after a byte-order mark', async () => {
    const input = '\ufeffҚазақстан';
    const [token] = jsonLines((await run(['tokens'], input)).out);
    expect(token).toMatchObject({ line: 1, start: 1, end: 10, text: 'Қазақстан' });
    expect(input.slice(1, 10)).toBe('Қазақстан');
  });
});
