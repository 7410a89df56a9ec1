import { createHash, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { judge, nativeRsaKey, tempDir, writeTemp } from '../../test-support/judges';
import { certificateToDer, certificateToPem, createSelfSignedCertificate } from './certificate';
import { privateKeyFromPkcs8Pem, publicKeyOf } from './rsa-key';
import { summarizeCertificate, summarizeKey } from './summary';

const native = nativeRsaKey();
const privateKey = privateKeyFromPkcs8Pem(native.pem);
const DAY = 86_400_000;

describe('key and certificate summary', () => {
  it('states the public facts as openssl reads them', () => {
    const cert = createSelfSignedCertificate({
      privateKey,
      subject: { commonName: 'Zoë', organization: 'Acme', country: 'DE', email: 'ops@acme.example' },
      days: 365,
      signer: native.signer,
    });
    const summary = summarizeKey({ publicKey: publicKeyOf(privateKey), certificate: cert, alias: 'acme', source: 'generated' });
    const path = writeTemp(tempDir(), 'c.crt', certificateToPem(cert));
    const fingerprint = (alg: string) =>
      judge('openssl', ['x509', '-noout', '-fingerprint', `-${alg}`, '-in', path])
        .split('=')[1]
        ?.trim();
    expect(summary).toMatchObject({ alias: 'acme', keyBits: 2048, source: 'generated' });
    expect(summary.certificate).toMatchObject({
      subject: 'E=ops@acme.example, CN=Zoë, O=Acme, C=DE',
      selfSigned: true,
      signatureAlgorithm: 'SHA-256 with RSA',
      daysLeft: 364,
      fingerprintSha1: fingerprint('sha1'),
      fingerprintSha256: fingerprint('sha256'),
      derBytes: certificateToDer(cert).length,
    });
    expect(judge('openssl', ['x509', '-noout', '-subject', '-nameopt', 'utf8', '-in', path])).toContain('CN=Zoë');
    expect(summary.certificate?.serialNumber.replaceAll(':', '')).toBe(
      judge('openssl', ['x509', '-noout', '-serial', '-in', path]).trim().replace('serial=', ''),
    );
    expect(summary.certificate?.pemBytes).toBeLessThan(4096);
    const spki = createPublicKey(judge('openssl', ['x509', '-noout', '-pubkey', '-in', path])).export({
      type: 'spki',
      format: 'der',
    });
    expect(summary.publicKeyFingerprintSha256.replaceAll(':', '').toLowerCase()).toBe(
      createHash('sha256').update(spki).digest('hex'),
    );
  });

  it('counts days left, negative once expired', () => {
    const past = new Date(Date.now() - 40 * DAY);
    const cert = createSelfSignedCertificate({ privateKey, subject: { commonName: 'old' }, days: 30, now: past });
    const notAfter = cert.validity.notAfter.getTime();
    expect(summarizeCertificate(cert, new Date(notAfter + 10 * DAY)).daysLeft).toBe(-10);
    expect(summarizeCertificate(cert, new Date(notAfter + 1000)).daysLeft).toBe(-1);
    expect(summarizeCertificate(cert, new Date(notAfter - 25 * DAY)).daysLeft).toBe(25);
    expect(summarizeCertificate(cert).daysLeft).toBeLessThanOrEqual(-10);
  });

  it('signs with node-forge when no native signer is given, and openssl verifies the signature', () => {
    const cert = createSelfSignedCertificate({ privateKey, subject: { commonName: 'forge-signed' }, days: 1 });
    const path = writeTemp(tempDir(), 'f.crt', certificateToPem(cert));
    expect(judge('openssl', ['verify', '-CAfile', path, '-partial_chain', path])).toContain(': OK');
  });
});
