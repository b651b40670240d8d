import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountUserId } from './account-user-id.js';

describe('accountUserId', () => {
  it('should give different (iss, sub) pairs different ids', () => {
    const issuer = fc.option(fc.string(), { nil: undefined });
    fc.assert(
      fc.property(
        issuer,
        fc.string({ minLength: 1 }),
        issuer,
        fc.string({ minLength: 1 }),
        (i1, s1, i2, s2) => {
          fc.pre(i1 !== i2 || s1 !== s2);
          expect(accountUserId(i1, s1)).not.toBe(accountUserId(i2, s2));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('should keep pairs apart that differ only in where the issuer ends and the subject begins', () => {
    expect(accountUserId('https://a', 'b')).not.toBe(accountUserId('https://', 'ab'));
    expect(accountUserId(undefined, 'x')).not.toBe(accountUserId('', 'x'));
  });

  it('should be stable and fit the account namespace', () => {
    expect(accountUserId('iss', 'sub')).toBe(accountUserId('iss', 'sub'));
    expect(accountUserId('iss', 'sub')).toMatch(/^u_[A-Za-z0-9_-]{43}$/);
  });
});
