import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readCompactJwt } from './read-compact-jwt';
import { signBearerAssertion, signClientAttestation } from './sign-assertion';
import { verifyJwtSignature } from './verify';

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privateKeyPem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicKeyPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const NOW = 1_800_000_000;

const decoded = (token: string) => {
  const jwt = readCompactJwt(token);
  return { header: jwt.header?.value, payload: jwt.payload?.value };
};

describe('signBearerAssertion', () => {
  it('signs {"alg":"RS256"} with iss, sub, aud and exp in seconds, nothing else', async () => {
    const token = await signBearerAssertion(privateKeyPem, {
      iss: '3MVG9abc',
      sub: 'integration@acme.com',
      aud: 'https://login.salesforce.com',
      expiresInSeconds: 300,
      now: NOW,
    });
    expect(decoded(token)).toEqual({
      header: { alg: 'RS256' },
      payload: { iss: '3MVG9abc', sub: 'integration@acme.com', aud: 'https://login.salesforce.com', exp: NOW + 300 },
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(await verifyJwtSignature(token, publicKeyPem)).toMatchObject({ status: 'valid' });
  });

  it('adds a jti when given, and takes the current time by default', async () => {
    const before = Math.floor(Date.now() / 1000);
    const token = await signBearerAssertion(privateKeyPem, {
      iss: 'i',
      sub: 's',
      aud: 'https://test.salesforce.com',
      expiresInSeconds: 120,
      jti: 'id-1',
    });
    const payload = decoded(token).payload ?? {};
    expect(payload.jti).toBe('id-1');
    expect(payload.exp).toBeGreaterThanOrEqual(before + 120);
    expect(payload.exp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 120);
  });

  it('refuses a lifetime that is not a positive whole number of seconds, and a key that cannot sign', async () => {
    const claims = { iss: 'i', sub: 's', aud: 'https://login.salesforce.com' };
    await expect(signBearerAssertion(privateKeyPem, { ...claims, expiresInSeconds: 0 })).rejects.toMatchObject({
      code: 'bad-lifetime',
    });
    await expect(signBearerAssertion(privateKeyPem, { ...claims, expiresInSeconds: 1.5 })).rejects.toMatchObject({
      code: 'bad-lifetime',
    });
    await expect(signBearerAssertion(publicKeyPem, { ...claims, expiresInSeconds: 300 })).rejects.toMatchObject({
      code: 'key-unusable',
      hint: expect.stringContaining('Keys & certificate'),
    });
  });
});

describe('signClientAttestation', () => {
  it('signs iss, the site aud and exp, with an optional jti, and no sub', async () => {
    const token = await signClientAttestation(privateKeyPem, {
      iss: '3MVG9eca',
      aud: 'https://acme.my.site.com/partners',
      expiresInSeconds: 60,
      jti: 'j',
      now: NOW,
    });
    expect(decoded(token)).toEqual({
      header: { alg: 'RS256' },
      payload: { iss: '3MVG9eca', aud: 'https://acme.my.site.com/partners', exp: NOW + 60, jti: 'j' },
    });
  });
});
