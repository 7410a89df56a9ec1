import { describe, expect, it } from 'vitest';
import { PassphraseBackoff } from './passphrase-backoff';

describe('PassphraseBackoff', () => {
  it('lets three wrong guesses through, then doubles the wait up to a minute; a right one clears it', () => {
    let now = 0;
    const backoff = new PassphraseBackoff(() => now);
    const waitAfter = () => {
      try {
        backoff.check('k', 'the key');
        return 0;
      } catch (error) {
        expect(error).toMatchObject({ code: 'passphrase-backoff' });
        return Number(/wait (\d+) s/.exec((error as Error).message)?.[1]);
      }
    };
    for (let i = 0; i < 3; i++) {
      expect(waitAfter()).toBe(0);
      backoff.failed('k');
    }
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      waits.push(waitAfter());
      now += (waits[i] ?? 0) * 1000;
      expect(waitAfter()).toBe(0);
      backoff.failed('k');
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(waitAfter()).toBe(60);
    expect(() => backoff.check('other', 'another key')).not.toThrow();
    backoff.succeeded('k');
    expect(waitAfter()).toBe(0);
  });
});
