import { execFileSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { opensslSelfSigned } from '../../test-support/judges';
import { signBearerAssertion } from './sign-assertion';
import { verifyJwtSignature } from './verify';

/** openssl, not our code, as the independent judge of what we sign and of what we accept. */
const dir = mkdtempSync(join(tmpdir(), 'sfjs-jwt-openssl-'));
const file = (name: string) => join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

let privateKeyPem: string;
let certificatePem: string;

beforeAll(() => {
  openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', file('key.pem'));
  openssl('req', '-new', '-x509', '-key', file('key.pem'), '-subj', '/CN=judge', '-days', '30', '-out', file('cert.crt'));
  openssl('pkey', '-in', file('key.pem'), '-pubout', '-out', file('pub.pem'));
  openssl('rsa', '-in', file('key.pem'), '-RSAPublicKey_out', '-out', file('pub-pkcs1.pem'));
  privateKeyPem = readFileSync(file('key.pem'), 'utf8');
  certificatePem = readFileSync(file('cert.crt'), 'utf8');
});

/** Signs `header.payload` with `openssl dgst -sha256 -sign` and assembles the compact JWS. */
function opensslToken(claims: Record<string, unknown>): string {
  const input = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  writeFileSync(file('input.txt'), input);
  openssl('dgst', '-sha256', '-sign', file('key.pem'), '-out', file('openssl.sig'), file('input.txt'));
  return `${input}.${readFileSync(file('openssl.sig')).toString('base64url')}`;
}

describe('openssl as the judge', () => {
  it('verifies our assertion with openssl dgst -sha256 -verify over header.payload', async () => {
    const token = await signBearerAssertion(privateKeyPem, {
      iss: '3MVG9judge',
      sub: 'integration@acme.com',
      aud: 'https://login.salesforce.com',
      expiresInSeconds: 300,
    });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    writeFileSync(file('ours.txt'), `${header}.${payload}`);
    writeFileSync(file('ours.sig'), Buffer.from(signature, 'base64url'));
    expect(openssl('dgst', '-sha256', '-verify', file('pub.pem'), '-signature', file('ours.sig'), file('ours.txt'))).toBe(
      'Verified OK\n',
    );
    writeFileSync(file('tampered.txt'), `${header}.${payload}x`);
    expect(() =>
      openssl('dgst', '-sha256', '-verify', file('pub.pem'), '-signature', file('ours.sig'), file('tampered.txt')),
    ).toThrow();
  });

  it('accepts a token signed by openssl against its certificate, public key (SPKI and PKCS#1) and JWK', async () => {
    const token = opensslToken({ iss: '3MVG9judge', sub: 'a@acme.com', aud: 'https://login.salesforce.com', exp: 2_000_000_000 });
    const jwk = JSON.stringify(createPublicKey(privateKeyPem).export({ format: 'jwk' }));
    for (const key of [
      certificatePem,
      readFileSync(file('pub.pem'), 'utf8'),
      readFileSync(file('pub-pkcs1.pem'), 'utf8'),
      jwk,
      JSON.stringify({ keys: [JSON.parse(jwk)] }),
    ]) {
      expect(await verifyJwtSignature(token, key), key.slice(0, 30)).toMatchObject({ status: 'valid', reason: 'verified' });
    }
  });

  it('rejects an openssl-signed token whose payload was changed, or checked against another key', async () => {
    const token = opensslToken({ iss: '3MVG9judge', sub: 'a@acme.com', aud: 'https://login.salesforce.com', exp: 2_000_000_000 });
    const [header, , signature] = token.split('.');
    const changed = `${header}.${Buffer.from('{"iss":"3MVG9judge","sub":"root@acme.com"}').toString('base64url')}.${signature}`;
    expect(await verifyJwtSignature(changed, certificatePem)).toMatchObject({ status: 'invalid', reason: 'wrong-key' });
    opensslSelfSigned(file('other.key'), file('other.crt'), 'other');
    expect(await verifyJwtSignature(token, readFileSync(file('other.crt'), 'utf8'))).toMatchObject({
      status: 'invalid',
      reason: 'wrong-key',
    });
  });
});
