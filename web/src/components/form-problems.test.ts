import { describe, expect, it } from 'vitest';
import { RequestFailure } from '../api/client.js';
import { en } from '../i18n/en.js';
import { groupSecret } from '../pages/two-factor-section.js';
import { failureProblem, looksLikeEmail } from './form-problems.js';

describe('failureProblem', () => {
  it('translates what it knows and keeps the server message, marked, for the rest', () => {
    expect(failureProblem(new RequestFailure('network', 'fetch failed'), en)).toEqual({
      text: en.status.networkError,
    });
    expect(failureProblem(new RequestFailure('api', 'locked', 429, 'too_many'), en)).toEqual({
      text: en.form.tooMany,
    });
    expect(
      failureProblem(new RequestFailure('api', 'sign in', 401, 'unauthenticated'), en),
    ).toEqual({ text: en.form.sessionEnded });
    expect(
      failureProblem(new RequestFailure('api', 'name: too long', 400, 'invalid', 'name'), en),
    ).toEqual({ text: 'name: too long', fromServer: true });
  });
});

describe('looksLikeEmail', () => {
  it('wants something, an @, a domain with a dot', () => {
    expect(looksLikeEmail(' a.b@example.org ')).toBe(true);
    expect(looksLikeEmail('a.b@example')).toBe(false);
    expect(looksLikeEmail('example.org')).toBe(false);
  });
});

describe('groupSecret', () => {
  it('shows the secret in groups of four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
  });
});
