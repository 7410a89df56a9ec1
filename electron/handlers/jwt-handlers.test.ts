import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeySummary } from '../../shared/keys/key-summary';
import { judge, writeTemp } from '../../test-support/judges';
import { startTestWebHost, type TestWebHost } from '../../test-support/web-host-client';

let host: TestWebHost;
const dir = mkdtempSync(join(tmpdir(), 'sfjs-jwt-handlers-'));
const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privateKeyPem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const summary = {
  id: 'k1',
  alias: 'jwt_test',
  keyBits: 2048,
  publicKeyFingerprintSha256: '00',
  source: 'generated',
} as KeySummary;

beforeAll(async () => {
  host = await startTestWebHost({ dataDir: join(dir, 'data') });
});
afterAll(() => host.close());

/** The real HTTP path: POST /api/<method> with the session cookie, as the renderer calls it. */
// biome-ignore lint/suspicious/noExplicitAny: each test reads the JSON answer of a different method
const call = (method: string, input: unknown): Promise<any> => host.call(method, input);

const bearer = {
  mode: 'bearer',
  iss: '3MVG9x',
  sub: 'integration@acme.com',
  aud: 'https://login.salesforce.com',
  expiresInSeconds: 300,
};

describe('jwt handlers', () => {
  it('answers no-key, with where to get a key, when none is loaded', async () => {
    host.host.ctx.services.keyVault.clear();
    expect(await call('jwt.sign', bearer)).toEqual({
      ok: false,
      error: {
        code: 'no-key',
        message: 'No private key is loaded yet.',
        hint: expect.stringContaining('Keys & certificate page'),
      },
    });
  });

  it('signs with the current key and answers the token with its decoded header and claims, never the key', async () => {
    host.host.ctx.services.keyVault.set({ privateKeyPem, summary });
    const result = await call('jwt.sign', { ...bearer, jti: 'j-1' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('PRIVATE KEY');
    expect(result.value.header).toEqual({ alg: 'RS256' });
    expect(result.value.payload).toMatchObject({ iss: '3MVG9x', sub: 'integration@acme.com', jti: 'j-1' });
    // openssl judges the signature with the key's public half.
    const [h, p, s] = result.value.token.split('.');
    writeFileSync(join(dir, 'pub.pem'), pair.publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(join(dir, 'in.txt'), `${h}.${p}`);
    writeFileSync(join(dir, 'in.sig'), Buffer.from(s, 'base64url'));
    const verdict = execFileSync('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      join(dir, 'pub.pem'),
      '-signature',
      join(dir, 'in.sig'),
      join(dir, 'in.txt'),
    ]);
    expect(verdict.toString()).toBe('Verified OK\n');
  });

  it('signs a client attestation without sub, and asks for a username in bearer mode', async () => {
    host.host.ctx.services.keyVault.set({ privateKeyPem, summary });
    const attestation = await call('jwt.sign', {
      mode: 'attestation',
      iss: '3MVG9x',
      aud: 'https://acme.my.site.com',
      expiresInSeconds: 60,
    });
    expect(Object.keys(attestation.value.payload)).toEqual(['iss', 'aud', 'exp']);
    expect((await call('jwt.sign', { ...bearer, sub: undefined })).error.code).toBe('username-missing');
  });

  it('inspects against the current key (its public half when it has no certificate) or a pasted key', async () => {
    host.host.ctx.services.keyVault.set({ privateKeyPem, summary });
    const { value } = await call('jwt.sign', bearer);
    const inspected = await call('jwt.inspect', { token: value.token, endpoint: 'https://test.salesforce.com' });
    expect(inspected.value.signature.status).toBe('valid');
    expect(inspected.value.findings.map((f: { code: string }) => f.code)).toEqual(['aud-endpoint-mismatch']);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' });
    const pasted = await call('jwt.inspect', { token: value.token, key: other.toString() });
    expect(pasted.value.signature).toMatchObject({ status: 'invalid', reason: 'wrong-key' });
    writeFileSync(join(dir, 'key.pem'), privateKeyPem, { mode: 0o600 });
    const certFile = join(dir, 'c.crt');
    execFileSync('openssl', [
      'req',
      '-new',
      '-x509',
      '-key',
      join(dir, 'key.pem'),
      '-subj',
      '/CN=h',
      '-days',
      '1',
      '-out',
      certFile,
    ]);
    host.host.ctx.services.keyVault.set({ privateKeyPem, certificatePem: readFileSync(certFile, 'utf8'), summary });
    expect((await call('jwt.inspect', { token: value.token })).value.signature.status).toBe('valid');
    host.host.ctx.services.keyVault.clear();
    expect((await call('jwt.inspect', { token: value.token })).value.signature.reason).toBe('no-key');
  });

  it('re-signs an edited token as it is with the current key, which then verifies it; refuses what cannot be decoded', async () => {
    host.host.ctx.services.keyVault.set({ privateKeyPem, summary });
    const { value } = await call('jwt.sign', bearer);
    const [, , signature] = value.token.split('.');
    const edited = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ ...value.payload, sub: 'other@acme.com', custom: [1, 2] }),
    ).toString('base64url')}.${signature}`;
    expect((await call('jwt.inspect', { token: edited })).value.signature.status).not.toBe('valid');
    const resigned = await call('jwt.resign', { token: edited });
    expect(resigned.value.header).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(resigned.value.payload).toEqual({ ...value.payload, sub: 'other@acme.com', custom: [1, 2] });
    expect((await call('jwt.inspect', { token: resigned.value.token })).value.signature.status).toBe('valid');
    // openssl, an independent judge, verifies the new signature over header.payload with the public key.
    const [h, p, sig] = resigned.value.token.split('.');
    const verdict = judge('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      writeTemp(dir, 'pub.pem', pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()),
      '-signature',
      writeTemp(dir, 'sig.bin', Buffer.from(sig, 'base64url')),
      writeTemp(dir, 'data.txt', `${h}.${p}`),
    ]);
    expect(verdict.trim()).toBe('Verified OK');
    expect((await call('jwt.resign', { token: 'not.a-token' })).error.code).toBe('token-not-decoded');
    host.host.ctx.services.keyVault.clear();
  });
});

describe('jwt.inspect against hostile tokens', () => {
  it('an 8,000-deep payload answers the finding json-too-deep as JSON, never a 500', async () => {
    const header = Buffer.from('{"alg":"RS256"}').toString('base64url');
    const payload = Buffer.from(`${'{"a":'.repeat(8000)}1${'}'.repeat(8000)}`).toString('base64url');
    const deepHeader = Buffer.from(`{"alg":${'['.repeat(8000)}${']'.repeat(8000)}}`).toString('base64url');
    for (const token of [`${header}.${payload}.c2ln`, `${deepHeader}.${Buffer.from('{}').toString('base64url')}.`]) {
      const { status, result: answer } = await host.callRaw<{ findings: { code: string }[] }>('jwt.inspect', { token });
      expect(status).toBe(200);
      if (!answer.ok) throw new Error(answer.error.code);
      expect(answer.value.findings.map((f) => f.code)).toContain('json-too-deep');
    }
  });
});
