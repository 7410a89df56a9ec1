import { describe, expect, it } from 'vitest';
import { passphraseProblem } from './passphrase';

describe('passphraseProblem', () => {
  it('refuses the passphrases the length check let through, each with a reason', () => {
    for (const weak of ['12345678', 'password', '        ', 'qwertyuiop', 'Password1!', 'aaaaaaaaaaaa']) {
      const problem = passphraseProblem(weak);
      expect(problem, weak).toBeDefined();
      expect(problem).toMatch(/\./);
    }
    expect(passphraseProblem('short')).toBe('Use at least 8 characters.');
  });

  it('accepts a strong passphrase', () => {
    expect(passphraseProblem('correct horse battery staple')).toBeUndefined();
    expect(passphraseProblem('tangerine-obelisk-47-murmur')).toBeUndefined();
  });

  it('answers quickly for a very long passphrase', () => {
    const start = performance.now();
    expect(passphraseProblem(Array.from({ length: 3000 }, (_, i) => `w${(i * 7919) % 10007}`).join('-'))).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
