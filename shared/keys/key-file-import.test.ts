import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { judge, opensslSelfSigned, tempDir } from '../../test-support/judges';
import { certificateToDer } from './certificate';
import { sha256Fingerprint } from './fingerprint';
import { readKeyFile } from './key-file-import';
import { publicKeyOf } from './rsa-key';
import { publicKeyFingerprint } from './summary';

/**
 * Fixtures are made here by the tutorials' own commands (openssl genrsa -des3, openssl req -x509, openssl
 * pkcs12 -export without -name, keytool -importkeystore -deststoretype JKS), then imported.
 */
const PW = 'tutorial-pass';
let dir: string;
let modulus: string;
const path = (name: string) => join(dir, name);
const bytes = (name: string) => new Uint8Array(readFileSync(path(name)));
const read = (name: string, password?: string) =>
  readKeyFile(bytes(name), { name, ...(password !== undefined ? { password } : {}) });
const modulusOf = (contents: ReturnType<typeof readKeyFile>) => `Modulus=${contents.privateKey?.n.toString(16).toUpperCase()}\n`;
const openssl = (...args: string[]) => judge('openssl', args);

beforeAll(() => {
  dir = tempDir();
  // Salesforce's Trailhead / sfdx tutorial, step by step.
  openssl('genrsa', '-des3', '-passout', `pass:${PW}`, '-out', path('server.pass.key'), '2048');
  openssl('genrsa', '-traditional', '-des3', '-passout', `pass:${PW}`, '-out', path('legacy.pass.key'), '2048');
  openssl('rsa', '-passin', `pass:${PW}`, '-in', path('server.pass.key'), '-out', path('server.key'));
  openssl('rsa', '-traditional', '-in', path('server.key'), '-out', path('server.pkcs1.key'));
  openssl('req', '-new', '-key', path('server.key'), '-subj', '/C=US/O=Acme/CN=tutorial', '-out', path('server.csr'));
  openssl(
    'x509',
    '-req',
    '-sha256',
    '-days',
    '365',
    '-in',
    path('server.csr'),
    '-signkey',
    path('server.key'),
    '-out',
    path('server.crt'),
  );
  // The one-liner tutorials.
  opensslSelfSigned(path('one.key'), path('one.crt'), 'oneliner', ['-days', '30']);
  openssl(
    'pkcs12',
    '-export',
    '-in',
    path('server.crt'),
    '-inkey',
    path('server.key'),
    '-passout',
    `pass:${PW}`,
    '-out',
    path('server.p12'),
  );
  openssl(
    'pkcs12',
    '-export',
    '-legacy',
    '-in',
    path('server.crt'),
    '-inkey',
    path('server.key'),
    '-passout',
    `pass:${PW}`,
    '-out',
    path('legacy.p12'),
  );
  judge('keytool', [
    '-importkeystore',
    '-srckeystore',
    path('server.p12'),
    '-srcstoretype',
    'PKCS12',
    '-srcstorepass',
    PW,
    '-destkeystore',
    path('server.jks'),
    '-deststoretype',
    'JKS',
    '-deststorepass',
    PW,
    '-noprompt',
  ]);
  // Java 9+ keytool writes PKCS#12 by default (PBES2, HmacSHA256 MAC), here with a mixed-case alias.
  judge('keytool', [
    '-genkeypair',
    '-keyalg',
    'RSA',
    '-keysize',
    '2048',
    '-alias',
    'MyAlias',
    '-dname',
    'CN=keytool',
    '-storetype',
    'PKCS12',
    '-keystore',
    path('keytool.p12'),
    '-storepass',
    PW,
  ]);
  // DER forms.
  openssl('rsa', '-traditional', '-in', path('server.key'), '-outform', 'DER', '-out', path('server.pkcs1.der'));
  openssl('pkcs8', '-topk8', '-nocrypt', '-in', path('server.key'), '-outform', 'DER', '-out', path('server.pkcs8.der'));
  openssl(
    'pkcs8',
    '-topk8',
    '-v2',
    'aes256',
    '-passout',
    `pass:${PW}`,
    '-in',
    path('server.key'),
    '-outform',
    'DER',
    '-out',
    path('server.enc.der'),
  );
  openssl('x509', '-in', path('server.crt'), '-outform', 'DER', '-out', path('server.cer'));
  modulus = openssl('rsa', '-noout', '-modulus', '-in', path('server.key'));
}, 30_000);

describe('importing what the tutorials produce', () => {
  it.each([
    ['server.pass.key', 'encrypted-pkcs8-pem', PW],
    ['legacy.pass.key', 'legacy-encrypted-pem', PW],
    ['server.key', 'pkcs8-pem', undefined],
    ['server.pkcs1.key', 'pkcs1-pem', undefined],
    ['server.pkcs1.der', 'pkcs1-der', undefined],
    ['server.pkcs8.der', 'pkcs8-der', undefined],
    ['server.enc.der', 'encrypted-pkcs8-der', PW],
  ])('reads %s as %s', (name, kind, password) => {
    const contents = read(name, password);
    expect(contents.kind).toBe(kind);
    expect(contents.privateKey?.n.bitLength()).toBe(2048);
    if (name !== 'legacy.pass.key') expect(modulusOf(contents)).toBe(modulus);
  });

  it('reads certificates in PEM and DER', () => {
    const pem = read('server.crt');
    const der = read('server.cer');
    expect(pem.kind).toBe('certificate-pem');
    expect(der.kind).toBe('certificate-der');
    expect(pem.privateKey).toBeUndefined();
    expect(sha256Fingerprint(certificateToDer(der.certificate!))).toBe(sha256Fingerprint(certificateToDer(pem.certificate!)));
  });

  it('reads a PKCS#12 from openssl pkcs12 -export without -name (modern and -legacy), key paired with its certificate', () => {
    for (const name of ['server.p12', 'legacy.p12']) {
      const contents = read(name, PW);
      expect(contents.kind).toBe('pkcs12');
      expect(modulusOf(contents)).toBe(modulus);
      expect(contents.certificate?.subject.getField('CN').value).toBe('tutorial');
      expect(contents.alias).toBeUndefined();
    }
  });

  it('reads the PKCS#12 keytool writes by default, with its alias as stored', () => {
    const contents = read('keytool.p12', PW);
    expect(contents).toMatchObject({ kind: 'pkcs12', alias: 'myalias' });
    expect(contents.certificate?.subject.getField('CN').value).toBe('keytool');
  });

  it('reads the JKS keytool -importkeystore -deststoretype JKS makes, alias "1" as stored', () => {
    expect(readFileSync(path('server.jks')).subarray(0, 4).toString('hex')).toBe('feedfeed');
    const contents = read('server.jks', PW);
    expect(contents).toMatchObject({ kind: 'jks', alias: '1' });
    expect(modulusOf(contents)).toBe(modulus);
    expect(contents.certificate).toBeDefined();
  });

  it('reads a PEM bundle with the key and its certificate together', () => {
    const bundle = new TextEncoder().encode(`${readFileSync(path('one.crt'), 'utf8')}${readFileSync(path('one.key'), 'utf8')}`);
    const contents = readKeyFile(bundle, { name: 'bundle.pem' });
    expect(contents.kind).toBe('pem-bundle');
    expect(contents.certificate?.subject.getField('CN').value).toBe('oneliner');
  });
});

describe('bad input gets a coded error', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return {
        code: (error as { code?: string }).code,
        message: (error as Error).message,
        hint: (error as { hint?: string }).hint,
      };
    }
    throw new Error('expected a coded error');
  };

  it('asks for the password of a protected file, and names a wrong one', () => {
    for (const name of ['server.pass.key', 'legacy.pass.key', 'server.enc.der', 'server.p12', 'server.jks']) {
      expect(code(() => read(name)).code, name).toBe('password-required');
      const wrong = code(() => read(name, 'not-the-password'));
      expect(wrong.code, name).toBe('wrong-password');
      expect(wrong.hint).toBeTruthy();
    }
  });

  it('names corrupted and truncated files', () => {
    const crt = readFileSync(path('server.crt'), 'utf8');
    const lines = crt.split('\n');
    const damagedPem = [...lines.slice(0, 3), ...lines.slice(6)].join('\n');
    expect(code(() => readKeyFile(new TextEncoder().encode(damagedPem), { name: 'x.crt' })).code).toBe('file-corrupted');
    expect(code(() => readKeyFile(new TextEncoder().encode(crt.slice(0, 300)), { name: 'x.crt' })).code).toBe('file-corrupted');
    for (const name of ['server.cer', 'server.p12', 'server.jks', 'server.pkcs8.der']) {
      const whole = bytes(name);
      expect(code(() => readKeyFile(whole.subarray(0, Math.floor(whole.length / 2)), { name, password: PW })).code, name).toBe(
        'file-corrupted',
      );
    }
  });

  it('names an unknown format, saying what it looked for', () => {
    for (const content of ['hello, I am a text file', '\x89PNG\r\n\x1a\n not a key', '']) {
      const error = code(() => readKeyFile(new TextEncoder().encode(content), { name: 'notes.txt' }));
      expect(error.code).toBe('unknown-format');
      expect(error.message).toContain('looked for PEM, DER, PKCS#12, JKS');
    }
    expect(code(() => read('server.csr')).code).toBe('unknown-format');
  });

  it('refuses EC and DSA keys and certificates: Salesforce needs an RSA key', () => {
    openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', path('ec.key'));
    openssl('pkcs8', '-topk8', '-nocrypt', '-in', path('ec.key'), '-out', path('ec.pkcs8.key'));
    openssl('req', '-x509', '-new', '-key', path('ec.key'), '-subj', '/CN=ec', '-days', '1', '-out', path('ec.crt'));
    openssl('dsaparam', '-genkey', '-out', path('dsa.key'), '1024');
    openssl('pkcs8', '-topk8', '-nocrypt', '-in', path('dsa.key'), '-outform', 'DER', '-out', path('dsa.der'));
    openssl(
      'pkcs12',
      '-export',
      '-in',
      path('ec.crt'),
      '-inkey',
      path('ec.key'),
      '-passout',
      `pass:${PW}`,
      '-out',
      path('ec.p12'),
    );
    for (const [name, algorithm] of [
      ['ec.key', 'an EC'],
      ['ec.pkcs8.key', 'an EC'],
      ['ec.crt', 'an EC'],
      ['dsa.key', 'a DSA'],
      ['dsa.der', 'a DSA'],
      ['ec.p12', 'an EC'],
    ]) {
      const error = code(() => read(name as string, PW));
      expect(error.code, name).toBe('not-rsa');
      expect(error.message).toBe(`This is ${algorithm} key. Salesforce needs an RSA key.`);
    }
  });

  it('refuses RSA keys under 2048 bits', () => {
    openssl('genrsa', '-out', path('small.key'), '1024');
    expect(code(() => read('small.key'))).toMatchObject({ code: 'key-too-small', message: expect.stringContaining('1024 bits') });
  });

  it('refuses files over 1 MB', () => {
    expect(code(() => readKeyFile(new Uint8Array(1024 * 1024 + 1), { name: 'huge.bin' })).code).toBe('file-too-large');
  });

  it('refuses a key and a certificate that do not pair, naming both fingerprints', () => {
    const bundle = new TextEncoder().encode(
      `${readFileSync(path('server.key'), 'utf8')}${readFileSync(path('one.crt'), 'utf8')}`,
    );
    const error = code(() => readKeyFile(bundle, { name: 'mixed.pem' }));
    expect(error.code).toBe('key-certificate-mismatch');
    const key = read('server.key').privateKey!;
    const other = read('one.crt').certificate!;
    expect(error.message).toContain(publicKeyFingerprint(publicKeyOf(key)));
    expect(error.message).toContain(sha256Fingerprint(certificateToDer(other)));
  });
});
