import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lintJwt } from './lint';
import { readCompactJwt } from './read-compact-jwt';
import { verifyJwtSignature } from './verify';

/** RFC 7515 Appendix A.2: the RS256 example and its RSA public key (A.2.1). */
const RFC7515_A2 =
  'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw';
const RFC7515_A2_JWK = {
  kty: 'RSA',
  n: 'ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ',
  e: 'AQAB',
};
/** RFC 7519 §3.1 (HS256, also RFC 7515 A.1) and §6.1 (unsecured). */
const RFC7519_HS256 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const RFC7519_UNSECURED =
  'eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.';
const JOE = { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true };

const otherRsaJwk = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });

describe('RFC examples', () => {
  it('decodes RFC 7515 A.2 and verifies it with the RFC’s key, as JWK and in a JWKS', async () => {
    expect(readCompactJwt(RFC7515_A2).header?.value).toEqual({ alg: 'RS256' });
    expect(readCompactJwt(RFC7515_A2).payload?.value).toEqual(JOE);
    expect(await verifyJwtSignature(RFC7515_A2, JSON.stringify(RFC7515_A2_JWK))).toEqual({
      status: 'valid',
      reason: 'verified',
      message: 'The RS256 signature matches this key.',
    });
    const jwks = {
      keys: [
        { ...otherRsaJwk(), kid: 'other' },
        { ...RFC7515_A2_JWK, kid: '2010-12-29' },
      ],
    };
    expect((await verifyJwtSignature(RFC7515_A2, JSON.stringify(jwks))).status).toBe('valid');
  });

  it('says invalid for RFC 7515 A.2 with one signature byte changed, or against another key', async () => {
    // The first signature character: the last one also carries padding bits a decoder ignores.
    const at = RFC7515_A2.lastIndexOf('.') + 1;
    const flipped = `${RFC7515_A2.slice(0, at)}${RFC7515_A2[at] === 'A' ? 'B' : 'A'}${RFC7515_A2.slice(at + 1)}`;
    expect(await verifyJwtSignature(flipped, JSON.stringify(RFC7515_A2_JWK))).toMatchObject({
      status: 'invalid',
      reason: 'wrong-key',
    });
    expect(await verifyJwtSignature(RFC7515_A2, JSON.stringify(otherRsaJwk()))).toMatchObject({
      status: 'invalid',
      reason: 'wrong-key',
    });
  });

  it('decodes the RFC 7519 examples, and names why neither could log in to Salesforce', async () => {
    const hs = lintJwt(RFC7519_HS256, { now: 1_800_000_000 });
    expect(hs.header).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(hs.payload).toEqual(JOE);
    expect(hs.findings.map((f) => f.code)).toEqual(['alg-hmac', 'sub-missing', 'aud-missing', 'exp-past']);
    // A shared-secret signature cannot be judged with a certificate: "unchecked", with the reason, not "invalid".
    const hsCheck = await verifyJwtSignature(RFC7519_HS256, JSON.stringify(RFC7515_A2_JWK));
    expect(hsCheck).toMatchObject({ status: 'unchecked', reason: 'shared-secret' });
    expect(hsCheck.message).toContain('cannot be checked with a certificate');
    const unsecured = lintJwt(RFC7519_UNSECURED, { now: 1_800_000_000 });
    expect(unsecured.header).toEqual({ alg: 'none' });
    expect(unsecured.payload).toEqual(JOE);
    expect(unsecured.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['unsigned', 'alg-none']));
    expect(await verifyJwtSignature(RFC7519_UNSECURED, JSON.stringify(RFC7515_A2_JWK))).toMatchObject({
      status: 'invalid',
      reason: 'unsigned',
    });
  });
});

describe('verifyJwtSignature', () => {
  it('is unchecked, with the reason, when no usable key is given', async () => {
    expect(await verifyJwtSignature(RFC7515_A2, undefined)).toMatchObject({ status: 'unchecked', reason: 'no-key' });
    expect(await verifyJwtSignature(RFC7515_A2, '  ')).toMatchObject({ status: 'unchecked', reason: 'no-key' });
    expect(await verifyJwtSignature(RFC7515_A2, 'not a key')).toMatchObject({ status: 'unchecked', reason: 'unreadable-key' });
    expect(await verifyJwtSignature(RFC7515_A2, '{"kty":"RSA"}')).toMatchObject({
      status: 'unchecked',
      reason: 'unreadable-key',
    });
    const privatePem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(await verifyJwtSignature(RFC7515_A2, privatePem.toString())).toMatchObject({
      status: 'unchecked',
      reason: 'private-key-given',
    });
    expect(await verifyJwtSignature('abc', JSON.stringify(RFC7515_A2_JWK))).toMatchObject({
      status: 'unchecked',
      reason: 'malformed-token',
      message: 'The token cannot be split into header, payload and signature.',
    });
    // Three segments whose header does not decode: split fine, but no algorithm to check with.
    expect(await verifyJwtSignature('a.b.c', JSON.stringify(RFC7515_A2_JWK))).toEqual({
      status: 'unchecked',
      reason: 'malformed-token',
      message: 'The header cannot be decoded, so the algorithm to check with is unknown.',
    });
  });

  it('reports an algorithm mismatch when the key cannot have made this kind of signature', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' });
    expect(await verifyJwtSignature(RFC7515_A2, ec.toString())).toMatchObject({ status: 'invalid', reason: 'alg-mismatch' });
  });

  it('verifies the token as pasted with a line break, since the signature covers the segments, not the whitespace', async () => {
    const wrapped = `${RFC7515_A2.slice(0, 50)}\n${RFC7515_A2.slice(50)}`;
    expect((await verifyJwtSignature(wrapped, JSON.stringify(RFC7515_A2_JWK))).status).toBe('valid');
  });
});
