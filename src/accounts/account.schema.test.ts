import { describe, expect, it } from 'vitest';
import { actsForProblem, InviteBody } from './account.schema.js';

describe('whom a role acts for', () => {
  it('binds the Secretariat to no state, focal points and contributors to one, observers to one state or organisation', () => {
    expect(actsForProblem('admin', undefined, undefined)).toBeNull();
    expect(actsForProblem('officer', 'KAZ', undefined)).toMatch(/no state/);
    expect(actsForProblem('focal-point', 'KAZ', undefined)).toBeNull();
    expect(actsForProblem('contributor', undefined, undefined)).toMatch(/one state/);
    expect(actsForProblem('contributor', 'KAZ', 'UN')).toMatch(/one state/);
    expect(actsForProblem('observer', undefined, 'UN')).toBeNull();
    expect(actsForProblem('observer', 'JPN', undefined)).toBeNull();
    expect(actsForProblem('observer', 'JPN', 'UN')).toMatch(/one state or one organization/);
  });

  it('is the rule InviteBody applies, on the state field', () => {
    const result = InviteBody.safeParse({ email: 'a@b.org', role: 'observer' });
    expect(!result.success && result.error.issues.map((i) => i.path.join('.'))).toEqual(['state']);
  });
});
