import { describe, expect, it } from 'vitest';
import { LOGIN_URL } from '../salesforce/endpoints';
import { cleanToken } from './clean-token';
import { lintJwt } from './lint';

const seg = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const NOW = 1_800_000_000;
const CLAIMS = { iss: `3MVG9${'x'.repeat(80)}`, sub: 'integration@acme.com', aud: LOGIN_URL, exp: NOW + 300 };

describe('cleanToken', () => {
  it('takes a Bearer prefix, quotes, line breaks and padding out, and says what it removed', () => {
    // Standard base64 of these JSON texts ends with = padding: the Salesforce help page's example has the same.
    const padded = `${seg({ alg: 'RS256' })}.${seg(CLAIMS)}.c2lnbmF0dXJlcw==`;
    expect(padded).toMatch(/=\./);
    const damaged = `"Bearer ${padded.replace(/(.{60})/g, '$1\n')}"`;
    const { token, removals } = cleanToken(damaged);
    expect(token).toBe(padded.replace(/=/g, ''));
    expect(removals.map((r) => r.what)).toEqual(['quotes', 'bearer-prefix', 'whitespace', 'padding']);
    expect(removals.find((r) => r.what === 'whitespace')?.label).toMatch(/^\d+ line breaks$/);
    expect(removals.find((r) => r.what === 'padding')?.removed).toMatch(/^=+( =+)*$/);
    expect(lintJwt(token, { now: NOW, endpoint: LOGIN_URL }).findings).toEqual([]);
    expect(lintJwt(damaged, { now: NOW }).findings.length).toBeGreaterThan(0);
  });

  it('leaves a clean token alone and removes nothing else', () => {
    const clean = `${seg({ alg: 'RS256' })}.${seg(CLAIMS)}.abc`.replace(/=/g, '');
    expect(cleanToken(`  ${clean}\n`)).toEqual({ token: clean, removals: [] });
    // A + or / inside a segment is damage the findings name; cleaning does not guess it away.
    expect(cleanToken('ab+c.d/e.f').token).toBe('ab+c.d/e.f');
  });
});
