import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows max attempts per window per key, then again when the window has passed', () => {
    const limiter = new RateLimiter(3, 1000);
    expect([0, 1, 2, 3].map((t) => limiter.attempt('ip', t))).toEqual([true, true, true, false]);
    expect(limiter.attempt('other', 3)).toBe(true);
    expect(limiter.attempt('ip', 1001)).toBe(true);
  });
});
