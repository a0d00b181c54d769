import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, totp, totpUri, verifyTotp } from './totp.js';

// RFC 6238 appendix B (SHA-1): secret "12345678901234567890", 8 digits; RFC 4226 appendix D for HOTP.
const RFC_SECRET = Buffer.from('12345678901234567890');
const RFC_BASE32 = base32Encode(RFC_SECRET);

describe('TOTP', () => {
  it('round-trips base32', () => {
    expect(RFC_BASE32).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(RFC_BASE32).equals(RFC_SECRET)).toBe(true);
    expect(() => base32Decode('not base32!')).toThrow();
  });

  it('matches the RFC 4226 HOTP values', () => {
    expect([0, 1, 2, 9].map((c) => hotp(RFC_SECRET, c))).toEqual([
      '755224',
      '287082',
      '359152',
      '520489',
    ]);
  });

  it('matches the RFC 6238 TOTP values', () => {
    expect(totp(RFC_BASE32, 59_000, 8)).toBe('94287082');
    expect(totp(RFC_BASE32, 1_111_111_109_000, 8)).toBe('07081804');
    expect(totp(RFC_BASE32, 20_000_000_000_000, 8)).toBe('65353130');
  });

  it('accepts the current code and one step of drift, nothing older', () => {
    const now = 1_800_000_000_000;
    const code = totp(RFC_BASE32, now);
    expect(verifyTotp(RFC_BASE32, code, now)).toBe(Math.floor(now / 30_000));
    expect(verifyTotp(RFC_BASE32, code, now + 30_000)).not.toBeNull();
    expect(verifyTotp(RFC_BASE32, code, now + 90_000)).toBeNull();
    expect(verifyTotp(RFC_BASE32, '12345', now)).toBeNull();
  });

  it('builds the otpauth URI', () => {
    expect(totpUri('ABC', 'focal@kaz')).toBe(
      'otpauth://totp/Senim%3Afocal%40kaz?secret=ABC&issuer=Senim&algorithm=SHA1&digits=6&period=30',
    );
  });
});
