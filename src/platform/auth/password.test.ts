import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './password.js';

// Small parameters keep the test quick; the defaults are checked by needsRehash.
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses others', async () => {
    const stored = await hashPassword('сенім-2026', FAST);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('сенім-2026', stored)).toBe(true);
    expect(await verifyPassword('сенім-2025', stored)).toBe(false);
  });

  it('salts: the same password hashes differently twice', async () => {
    expect(await hashPassword('x', FAST)).not.toBe(await hashPassword('x', FAST));
  });

  it('never matches a malformed stored value', async () => {
    for (const bad of ['', 'scrypt$', 'bcrypt$1$2$3$a$b', 'scrypt$0$8$1$AAAA$AAAA']) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });

  it('asks for a rehash when the parameters are below today’s', async () => {
    expect(needsRehash(await hashPassword('x', FAST))).toBe(true);
    expect(needsRehash('scrypt$32768$8$1$a$b')).toBe(false);
  });
});
