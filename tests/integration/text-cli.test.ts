import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/platform/paths.js';

// `senim text` as other tools call it: the built bin, UTF-8 on stdin, JSON Lines or text on stdout.
function text(args: string[], input: string | Buffer) {
  const result = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'bin/senim.js'), 'text', ...args],
    { input, timeout: 30_000 },
  );
  return {
    code: result.status,
    stdout: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
  };
}
const jsonLines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('senim text (the command-line contract)', () => {
  const input =
    'Кеңес 2002 жылы 4 маусымда Алматы актісін қабылдады.\nБҰҰ-ның мүшелері мен АҚШ-тың өкілдері.\n';

  it('writes lemmas with line, offsets into the input and the original surface', () => {
    const { code, stdout } = text(['lemmas'], input);
    expect(code).toBe(0);
    const items = jsonLines(stdout);
    for (const item of items) {
      expect(input.slice(item['start'] as number, item['end'] as number)).toBe(item['text']);
      expect(item).toHaveProperty('lemma');
      expect(item).toHaveProperty('pos');
    }
    expect(items.find((i) => i['text'] === 'мүшелері')).toMatchObject({ line: 2, lemma: 'мүше' });
  });

  it('writes dates and entities', () => {
    expect(jsonLines(text(['dates'], input).stdout)[0]).toMatchObject({
      line: 1,
      value: '2002-06-04',
    });
    const ids = jsonLines(text(['entities'], input).stdout).map((e) => e['id']);
    expect(ids).toEqual(expect.arrayContaining(['UN', 'USA']));
  });

  it('normalises and transliterates line for line', () => {
    expect(text(['normalize'], 'Əзірбайжан\nкауіпсіздік\n').stdout).toBe(
      'Әзірбайжан\nқауіпсіздік\n',
    );
    expect(text(['translit', '--to', 'latin'], 'Қазақстан\n').stdout).toBe('Qazaqstan\n');
  });

  it('refuses binary or invalid UTF-8 input with exit code 2 and one line', () => {
    for (const bad of [Buffer.from([0, 1, 2, 0x41]), Buffer.from([0xff, 0xfe, 0x41])]) {
      const { code, stderr } = text(['tokens'], bad);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
