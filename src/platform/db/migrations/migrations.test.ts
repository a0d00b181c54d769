import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index.js';

describe('MIGRATIONS', () => {
  it('lists every migration file once, in the order of their numbers', () => {
    const files = readdirSync(import.meta.dirname)
      .filter((f) => /^\d{4}-.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(MIGRATIONS.map((m) => m.id)).toEqual(files);
  });
});
