import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test-support/cli-harness';

const PASSWORD = 'cli-secret';
let dir: string;
let kit: { alias: string; files: Record<string, string>; fingerprintSha256: string; notAfter: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sfjs-cli-keys-'));
  const result = await cli([
    'keys',
    'new',
    '--out',
    join(dir, 'kit'),
    '--cn',
    'cli-test',
    '--org',
    'Acme',
    '--days',
    '90',
    '--alias',
    'Cli_Key',
    '--password',
    PASSWORD,
    '--json',
  ]);
  expect(result.stderr).toContain('stored as "cli_key"');
  expect(result.code).toBe(0);
  kit = JSON.parse(result.stdout);
});

const openssl = (...args: string[]) => execFileSync('openssl', args, { encoding: 'utf8' });

describe('keys new', () => {
  it('prints the exact JSON shape with absolute paths', () => {
    expect(Object.keys(kit)).toEqual(['alias', 'files', 'fingerprintSha256', 'notAfter']);
    expect(kit.alias).toBe('cli_key');
    expect(Object.keys(kit.files).sort()).toEqual(['certificate', 'certificateDer', 'jks', 'pkcs12', 'privateKey']);
    expect(kit.files.jks).toBe(join(dir, 'kit', 'cli_key.jks'));
    expect(new Date(kit.notAfter).getTime() - Date.now()).toBeGreaterThan(89 * 86_400_000);
  });

  it('writes files openssl and keytool accept, secrets with mode 0600', () => {
    const modulus = openssl('rsa', '-noout', '-modulus', '-in', kit.files.privateKey as string);
    expect(openssl('x509', '-noout', '-modulus', '-in', kit.files.certificate as string)).toBe(modulus);
    expect(
      openssl('x509', '-inform', 'DER', '-noout', '-fingerprint', '-sha256', '-in', kit.files.certificateDer as string),
    ).toContain(kit.fingerprintSha256);
    const list = execFileSync(
      'keytool',
      ['-list', '-storetype', 'JKS', '-keystore', kit.files.jks as string, '-storepass', PASSWORD],
      {
        encoding: 'utf8',
      },
    );
    expect(list).toMatch(/cli_key, .*PrivateKeyEntry/);
    expect(openssl('pkcs12', '-in', kit.files.pkcs12 as string, '-passin', `pass:${PASSWORD}`, '-nokeys')).toContain(
      'friendlyName: cli_key',
    );
    for (const key of ['privateKey', 'jks', 'pkcs12']) expect(statSync(kit.files[key] as string).mode & 0o777, key).toBe(0o600);
    expect(statSync(kit.files.certificate as string).mode & 0o777).toBe(0o644);
  });

  it('without a password writes no JKS or PKCS#12, and never overwrites', async () => {
    const out = join(dir, 'nopw');
    const first = await cli(['keys', 'new', '--out', out, '--cn', 'salesforce-jwt', '--json']);
    const json = JSON.parse(first.stdout);
    expect(json.alias).toBe('salesforce_jwt');
    expect(Object.keys(json.files).sort()).toEqual(['certificate', 'certificateDer', 'privateKey']);
    const again = await cli(['keys', 'new', '--out', out, '--cn', 'salesforce-jwt']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('error [file-exists]');
  });

  it('--key-passphrase writes the .key as encrypted PKCS#8 at 600,000 PBKDF2-SHA256 rounds, read by openssl', async () => {
    const keyPassphrase = 'violet harbour lantern 42';
    const made = await cli([
      'keys',
      'new',
      '--out',
      join(dir, 'enc'),
      '--cn',
      'enc',
      '--key-passphrase',
      keyPassphrase,
      '--json',
    ]);
    expect(made.code).toBe(0);
    const keyPath = JSON.parse(made.stdout).files.privateKey as string;
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    const asn1 = openssl('asn1parse', '-in', keyPath);
    expect(asn1).toContain('PBES2');
    expect(asn1).toContain('hmacWithSHA256');
    expect(asn1).toMatch(/INTEGER +:0927C0\n/); // 600,000 iterations
    expect(openssl('pkcs8', '-in', keyPath, '-passin', `pass:${keyPassphrase}`)).toContain('-----BEGIN PRIVATE KEY-----');
    const weak = await cli(['keys', 'new', '--out', join(dir, 'weak'), '--cn', 'weak', '--key-passphrase', '12345678']);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/^error \[weak-passphrase\]: This passphrase is too weak to protect a private key: .+\nhint: /);
  });

  it('answers bad options with coded usage errors', async () => {
    expect((await cli(['keys', 'new', '--cn', 'x'])).stderr).toContain('error [usage]: --out is required');
    expect((await cli(['keys', 'new', '--out', dir, '--cn', 'x', '--bits', '1024'])).stderr).toContain(
      'error [invalid-key-size]',
    );
    expect((await cli(['keys', 'new', '--out', dir, '--cn', 'x', '--password', 'abc'])).stderr).toContain(
      'error [password-too-short]',
    );
    expect((await cli(['keys', 'new', '--out', dir, '--cn', 'x', '--alias', '1abc'])).stderr).toContain('error [invalid-alias]');
  });

  it('creates a missing --out folder, and names an --out that is a file instead of failing with a raw EEXIST', async () => {
    const nested = join(dir, 'a', 'b');
    const made = await cli(['keys', 'new', '--out', nested, '--cn', 'nested', '--json']);
    expect(made.code).toBe(0);
    expect(statSync(JSON.parse(made.stdout).files.privateKey).isFile()).toBe(true);
    const file = join(dir, 'not-a-folder.txt');
    writeFileSync(file, 'notes');
    const refused = await cli(['keys', 'new', '--out', file, '--cn', 'x']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `error [output-folder]: Cannot write the key files into ${file}: ${file} is a file, not a folder.`,
    );
    expect(refused.stderr).toContain('hint: Give --out a folder you can write to');
  });
});

describe('keys inspect', () => {
  it('prints what a JKS holds as JSON', async () => {
    const result = await cli(['keys', 'inspect', kit.files.jks as string, '--password', PASSWORD, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      kind: 'jks',
      alias: 'cli_key',
      hasPrivateKey: true,
      keyBits: 2048,
      subject: 'CN=cli-test, O=Acme',
      fingerprintSha256: kit.fingerprintSha256,
    });
  });

  it('prints a certificate in words, and refuses a wrong password with exit code 2', async () => {
    const text = await cli(['keys', 'inspect', kit.files.certificate as string]);
    expect(text.stdout).toContain('certificate (PEM)');
    expect(text.stdout).toContain(`SHA-256: ${kit.fingerprintSha256}`);
    const wrong = await cli(['keys', 'inspect', kit.files.pkcs12 as string, '--password', 'wrong-one']);
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toContain('error [wrong-password]');
  });

  it('runs as its own process from the built CLI', () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'sf-jwt-studio.mjs');
    const result = spawnSync(process.execPath, [bin, 'keys', 'inspect', kit.files.certificateDer as string, '--json'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'certificate-der', hasPrivateKey: false });
    expect(result.stderr).toBe('');
  });
});
