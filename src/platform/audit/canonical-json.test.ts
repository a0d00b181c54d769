import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { GENESIS_HASH, hashEntry } from './audit-entry.js';

describe('canonicalJson', () => {
  it('does not depend on key order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null }, e: undefined })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});

describe('hashEntry', () => {
  const entry = {
    at: '2026-01-01T00:00:00.000Z',
    actor: 'pack:states',
    action: 'create' as const,
    entity: 'state' as const,
    entityId: 'KAZ',
    before: null,
    after: { id: 'KAZ' },
  };

  it('changes when any part of the entry or the previous hash changes', () => {
    const base = hashEntry(GENESIS_HASH, entry);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEntry(GENESIS_HASH, { ...entry })).toBe(base);
    expect(hashEntry('1'.repeat(64), entry)).not.toBe(base);
    expect(hashEntry(GENESIS_HASH, { ...entry, after: { id: 'KAZ', x: 1 } })).not.toBe(base);
    expect(hashEntry(GENESIS_HASH, { ...entry, actor: 'someone' })).not.toBe(base);
  });
});
