import { describe, expect, it } from 'vitest';
import * as api from '@senim/kazakh';

/**
 * Runs the `@example` blocks of the engine's doc comments against the public entry: every line
 * of the form `expression; // literal` must evaluate to the literal, so examples cannot rot.
 * (Sources are read through Vite's import.meta.glob: no Node APIs in the package.)
 */
const sources = (
  import.meta as unknown as { glob(pattern: string[], options: object): Record<string, string> }
).glob(['./{normalize,segment,translit,dates,entities,lemmas,text}/*.ts', '!./**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface Example {
  readonly file: string;
  readonly lines: readonly string[];
}

function examplesOf(file: string, source: string): Example[] {
  const out: Example[] = [];
  for (const block of source.match(/\/\*\*[\s\S]*?\*\//gu) ?? []) {
    const lines = block.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/u, ''));
    const at = lines.findIndex((l) => l.startsWith('@example'));
    if (at < 0) continue;
    const body: string[] = [];
    for (const l of lines.slice(at + 1)) {
      if (l.startsWith('@')) break;
      body.push(l);
    }
    out.push({ file, lines: body.filter((l) => l.trim() !== '') });
  }
  return out;
}

function literal(comment: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: new Function(`return (${comment});`)() as unknown };
  } catch {
    return { ok: false };
  }
}

const examples = Object.entries(sources).flatMap(([file, source]) => examplesOf(file, source));
const names = Object.keys(api);
const values = Object.values(api);

describe('doc examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(15);
  });

  for (const example of examples) {
    it(`${example.file}: ${example.lines[0]}`, () => {
      const checks: { actual: unknown; expected: unknown; line: string }[] = [];
      const code = example.lines
        .map((line, i) => {
          const m = /^(.*?);\s*\/\/\s*(.+)$/u.exec(line);
          const expected = m ? literal(m[2]!) : { ok: false as const };
          if (m && expected.ok && !/^\s*(?:const|let)\s/u.test(m[1]!))
            return `__checks.push({ actual: (${m[1]}), expected: __expected[${i}], line: ${JSON.stringify(line)} });`;
          return line.replace(/\/\/.*$/u, '');
        })
        .join('\n');
      const expectedByLine = example.lines.map((line) => {
        const m = /^(.*?);\s*\/\/\s*(.+)$/u.exec(line);
        const e = m ? literal(m[2]!) : { ok: false as const };
        return e.ok ? e.value : undefined;
      });
      new Function(...names, '__checks', '__expected', code)(...values, checks, expectedByLine);
      for (const c of checks) expect(c.actual, c.line).toEqual(c.expected);
    });
  }
});
