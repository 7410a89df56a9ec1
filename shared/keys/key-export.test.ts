import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jksJs from 'jks-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { judge, judgeFails, nativeRsaKey, tempDir, writeTemp } from '../../test-support/judges';
import { type Certificate, certificateToDer, createSelfSignedCertificate } from './certificate';
import { sha256Fingerprint } from './fingerprint';
import { readJks, writeJks } from './jks';
import { type ExportSource, exportKeyFile } from './key-export';
import { privateKeyFromPkcs8Pem, privateKeyToPkcs8Der } from './rsa-key';

const PASSWORD = 'changeit-42';
const KEY_PASSPHRASE = 'copper kettle orbit meadow';
let dir: string;
let source: ExportSource;
let keyModulus: string;
let cert: Certificate;

function save(format: Parameters<typeof exportKeyFile>[1], password?: string) {
  const file = exportKeyFile(source, format, password);
  return { ...file, path: writeTemp(dir, `${password ? 'protected-' : ''}${file.name}`, file.bytes) };
}

beforeAll(() => {
  dir = tempDir();
  const native = nativeRsaKey();
  const privateKey = privateKeyFromPkcs8Pem(native.pem);
  cert = createSelfSignedCertificate({
    privateKey,
    subject: { commonName: 'salesforce-jwt', organization: 'Acme', country: 'US' },
    days: 365,
    signer: native.signer,
  });
  source = { privateKey, certificate: cert, alias: 'acme_jwt' };
  keyModulus = judge('openssl', ['rsa', '-noout', '-modulus', '-in', writeTemp(dir, 'native.key', native.pem)]);
});

describe('certificate and key files, judged by openssl', () => {
  it('writes an X.509 v3 self-signed SHA-256/RSA certificate with the extensions Salesforce expects', () => {
    const text = judge('openssl', ['x509', '-noout', '-text', '-in', save('crt-pem').path]);
    expect(text).toContain('Version: 3 (0x2)');
    expect(text).toContain('Signature Algorithm: sha256WithRSAEncryption');
    expect(text).toMatch(/Subject: C = US, O = Acme, CN = salesforce-jwt/);
    expect(text).toMatch(/Basic Constraints: critical\s+CA:FALSE/);
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature\n/);
    expect(text).toContain('Subject Key Identifier');
    // Self-signed: openssl verifies the signature with the certificate's own key.
    const crt = join(dir, 'acme_jwt.crt');
    expect(judge('openssl', ['verify', '-CAfile', crt, '-partial_chain', crt])).toContain(': OK');
  });

  it('gives the certificate a random positive serial', () => {
    const serial = () => exportKeyFile(source, 'crt-pem');
    const first = judge('openssl', ['x509', '-noout', '-serial', '-in', writeTemp(dir, 'a.crt', serial().bytes)]);
    expect(first).toMatch(/^serial=[0-7][0-9A-F]{31}\n$/);
    const other = createSelfSignedCertificate({ privateKey: source.privateKey, subject: { commonName: 'x' }, days: 1 });
    expect(other.serialNumber).not.toBe(cert.serialNumber);
  });

  it('writes the same certificate as DER, and its modulus equals the private key modulus', () => {
    const der = save('cer-der');
    expect(der.bytes[0]).toBe(0x30);
    expect(judge('openssl', ['x509', '-inform', 'DER', '-noout', '-modulus', '-in', der.path])).toBe(keyModulus);
    expect(judge('openssl', ['x509', '-noout', '-modulus', '-in', join(dir, 'acme_jwt.crt')])).toBe(keyModulus);
    expect(judge('openssl', ['x509', '-inform', 'DER', '-noout', '-fingerprint', '-sha256', '-in', der.path])).toContain(
      sha256Fingerprint(certificateToDer(cert)),
    );
  });

  it('writes the private key as PKCS#8 PEM that openssl reads, marked secret', () => {
    const key = save('key-pem');
    expect(key.secret).toBe(true);
    expect(new TextDecoder().decode(key.bytes)).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(judge('openssl', ['rsa', '-noout', '-modulus', '-in', key.path])).toBe(keyModulus);
  });

  it('encrypts the private key with PBES2/AES-256 at 600,000 PBKDF2 rounds; it opens with its passphrase only', () => {
    const key = save('key-pem', KEY_PASSPHRASE);
    expect(new TextDecoder().decode(key.bytes)).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    const info = judge('openssl', ['asn1parse', '-in', key.path]);
    expect(info).toContain('PBES2');
    expect(info).toContain('aes-256-cbc');
    expect(info).toContain('hmacWithSHA256');
    // asn1parse prints the PBKDF2 parameters in order: salt, then the iteration count in hex (600000 = 0x927C0).
    expect(info).toMatch(/OCTET STRING +\[HEX DUMP\]:[0-9A-F]{32}\n.*INTEGER +:0927C0\n/);
    expect(judge('openssl', ['rsa', '-noout', '-modulus', '-passin', `pass:${KEY_PASSPHRASE}`, '-in', key.path])).toBe(
      keyModulus,
    );
    expect(judge('openssl', ['pkcs8', '-in', key.path, '-passin', `pass:${KEY_PASSPHRASE}`])).toContain('BEGIN PRIVATE KEY');
    expect(judgeFails('openssl', ['rsa', '-noout', '-passin', 'pass:wrong', '-in', key.path]).status).not.toBe(0);
  });

  it('writes a PKCS#12 that openssl reads with the alias as friendlyName', () => {
    const p12 = save('p12', PASSWORD);
    const dump = judge('openssl', ['pkcs12', '-in', p12.path, '-passin', `pass:${PASSWORD}`, '-nodes', '-info'], '');
    expect(dump).toContain('friendlyName: acme_jwt');
    expect(judge('openssl', ['rsa', '-noout', '-modulus'], dump.slice(dump.indexOf('-----BEGIN PRIVATE KEY-----')))).toBe(
      keyModulus,
    );
    expect(judgeFails('openssl', ['pkcs12', '-in', p12.path, '-passin', 'pass:wrong-password', '-nokeys']).status).not.toBe(0);
  });

  it('refuses a weak passphrase for the .key with the reason', () => {
    expect(() => exportKeyFile(source, 'key-pem', 'password')).toThrow(
      expect.objectContaining({ code: 'weak-passphrase', message: expect.stringMatching(/too weak.*: .+/) }),
    );
  });

  it('refuses keystore passwords under 6 characters and files without a certificate', () => {
    expect(() => exportKeyFile(source, 'jks', '12345')).toThrow(expect.objectContaining({ code: 'password-too-short' }));
    expect(() => exportKeyFile(source, 'p12')).toThrow(expect.objectContaining({ code: 'password-too-short' }));
    const keyOnly = { privateKey: source.privateKey, alias: 'acme_jwt' };
    expect(() => exportKeyFile(keyOnly, 'crt-pem')).toThrow(expect.objectContaining({ code: 'no-certificate' }));
    expect(exportKeyFile(keyOnly, 'key-pem').name).toBe('acme_jwt.key');
  });
});

describe('the JKS writer, judged by keytool and jks-js', () => {
  let jks: string;
  beforeAll(() => {
    jks = save('jks', PASSWORD).path;
  });

  it('starts with feedfeed and lists in keytool as one PrivateKeyEntry with a chain of 1 under the lower-cased alias', () => {
    expect(Buffer.from(readFileSync(jks).subarray(0, 4)).toString('hex')).toBe('feedfeed');
    const list = judge('keytool', ['-list', '-v', '-storetype', 'JKS', '-keystore', jks, '-storepass', PASSWORD]);
    expect(list).toContain('Keystore type: JKS');
    expect(list).toContain('Your keystore contains 1 entry');
    expect(list).toContain('Alias name: acme_jwt');
    expect(list).toContain('Entry type: PrivateKeyEntry');
    expect(list).toContain('Certificate chain length: 1');
    expect(list).toContain(`SHA256: ${sha256Fingerprint(certificateToDer(cert))}`);
  });

  it('round-trips through keytool -importkeystore to PKCS#12 with the original key (key password = store password)', () => {
    const p12 = join(dir, 'from-keytool.p12');
    judge('keytool', [
      '-importkeystore',
      '-srckeystore',
      jks,
      '-srcstoretype',
      'JKS',
      '-srcstorepass',
      PASSWORD,
      '-destkeystore',
      p12,
      '-deststoretype',
      'PKCS12',
      '-deststorepass',
      PASSWORD,
      '-destkeypass',
      PASSWORD,
      '-noprompt',
    ]);
    const key = judge('openssl', ['pkcs12', '-in', p12, '-passin', `pass:${PASSWORD}`, '-nodes', '-nocerts']);
    expect(judge('openssl', ['rsa', '-noout', '-modulus'], key)).toBe(keyModulus);
  });

  it('makes keytool fail with a wrong password', () => {
    const result = judgeFails('keytool', ['-list', '-storetype', 'JKS', '-keystore', jks, '-storepass', 'wrong-password']);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Keystore was tampered with, or password was incorrect');
  });

  it('is read by jks-js, a second independent reader', () => {
    const entries = jksJs.toPem(readFileSync(jks), PASSWORD);
    expect(Object.keys(entries)).toEqual(['acme_jwt']);
    expect(judge('openssl', ['rsa', '-noout', '-modulus'], entries.acme_jwt?.key)).toBe(keyModulus);
    expect(judge('openssl', ['x509', '-noout', '-modulus'], entries.acme_jwt?.cert)).toBe(keyModulus);
  });

  it('reads back what it wrote, and names a wrong password, a damaged and a truncated file', () => {
    const bytes = new Uint8Array(readFileSync(jks));
    const [entry] = readJks(bytes, PASSWORD);
    expect(entry).toMatchObject({ kind: 'private-key', alias: 'acme_jwt' });
    expect(
      entry?.kind === 'private-key' && Buffer.from(entry.pkcs8Der).equals(Buffer.from(privateKeyToPkcs8Der(source.privateKey))),
    ).toBe(true);
    expect(() => readJks(bytes, 'wrong-password')).toThrow(expect.objectContaining({ code: 'wrong-password' }));
    const damaged = bytes.slice();
    damaged[200] = (damaged[200] as number) ^ 0xff;
    expect(() => readJks(damaged, PASSWORD)).toThrow(expect.objectContaining({ code: 'wrong-password' }));
    expect(() => readJks(bytes.subarray(0, 700), PASSWORD)).toThrow(expect.objectContaining({ code: 'file-corrupted' }));
  });

  it('refuses a mixed-case alias (JKS looks aliases up lower-cased)', () => {
    const der = privateKeyToPkcs8Der(source.privateKey);
    expect(() => writeJks({ alias: 'Acme', pkcs8Der: der, chain: [], password: PASSWORD })).toThrow(/lower-cased/);
  });
});
