import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes a header and quotes only what needs quoting', () => {
    const csv = toCsv([
      { id: 'KAZ', name: 'Kazakhstan', note: undefined },
      { id: 'PSE', name: 'Palestine, State of', note: 'said "observer"\nonce' },
    ]);
    expect(csv).toBe(
      'id,name,note\r\nKAZ,Kazakhstan,\r\nPSE,"Palestine, State of","said ""observer""\nonce"\r\n',
    );
  });
});
