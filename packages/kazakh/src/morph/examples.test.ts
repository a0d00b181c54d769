// The `@example` lines of this folder's doc comments, `expression; // literal`, must hold.
import { describe, expect, it } from 'vitest';
import * as morph from './index.js';

const sources = (
  import.meta as unknown as { glob(pattern: string[], options: object): Record<string, string> }
).glob(['./*.ts', '!./*.test.ts', '!./lexicon-data.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const lines = Object.values(sources).flatMap((source) =>
  (source.match(/\/\*\*[\s\S]*?\*\//gu) ?? []).flatMap((block) => {
    const body = block.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/u, ''));
    const at = body.findIndex((l) => l.startsWith('@example'));
    if (at < 0) return [];
    const rest = body.slice(at + 1);
    const end = rest.findIndex((l) => l.startsWith('@'));
    return (end < 0 ? rest : rest.slice(0, end)).filter((l) => /;\s*\/\/\s*\S/u.test(l));
  }),
);

describe('morphology doc examples', () => {
  it('exist', () => expect(lines.length).toBeGreaterThanOrEqual(6));
  for (const line of lines) {
    it(line, () => {
      const [, expression, expected] = /^(.*?);\s*\/\/\s*(.+)$/u.exec(line)!;
      const run = new Function(...Object.keys(morph), `return (${expression});`) as (
        ...a: unknown[]
      ) => unknown;
      expect(run(...Object.values(morph))).toEqual(new Function(`return (${expected});`)());
    });
  }
});
