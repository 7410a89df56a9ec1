import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './hash-route';

describe('hash routes', () => {
  it('reads an area and a wizard step, and writes them back', () => {
    expect(parseHash('#/inspector')).toEqual({ area: 'inspector' });
    expect(parseHash('#/setup/preauthorize')).toEqual({ area: 'setup', step: 'preauthorize' });
    expect(formatHash({ area: 'setup', step: 'jks' })).toBe('#/setup/jks');
    expect(formatHash({ area: 'keys' })).toBe('#/keys');
    for (const hash of ['#/exchange', '#/setup/test', '#/profiles'])
      expect(formatHash(parseHash(hash) ?? { area: 'keys' })).toBe(hash);
  });

  it('ignores what is no route: empty, unknown, a step outside the wizard', () => {
    for (const hash of ['', '#', '#/nowhere', '#/keys/org', '#/setup/nope', '#/setup/org/extra', '#main']) {
      expect(parseHash(hash)).toBeUndefined();
    }
  });
});
