import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../../shared/api/delivery';
import type { Result } from '../../shared/api/result';
import type { KeyImportResult } from '../../shared/keys/key-import-result';
import type { KeySummary } from '../../shared/keys/key-summary';
import { opensslSelfSigned } from '../../test-support/judges';
import { startTestWebHost, type TestWebHost } from '../../test-support/web-host-client';

/** The keys API as the browser host serves it: real HTTP on loopback, real downloads. */
let host: TestWebHost;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sfjs-keys-api-'));
  host = await startTestWebHost({ dataDir: dir });
});
afterAll(() => host.close());

const call = <T>(method: string, input?: unknown): Promise<Result<T>> => host.call<T>(method, input);

async function value<T>(method: string, input?: unknown): Promise<T> {
  const result = await call<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function download(method: string, input: unknown): Promise<{ name: string; bytes: Buffer; path: string }> {
  const delivery = await value<Delivery>(method, input);
  if (delivery.kind !== 'download') throw new Error(`expected a download, got ${delivery.kind}`);
  const bytes = await host.download(delivery);
  const path = join(dir, delivery.name);
  writeFileSync(path, bytes);
  return { name: delivery.name, bytes, path };
}

const request = { subject: { commonName: 'api-test', country: 'fr' }, days: 30, alias: 'Api_Key' };
const openssl = (...args: string[]) => execFileSync('openssl', args, { encoding: 'utf8' });

describe('keys API', () => {
  let generated: KeySummary;

  it('has no key at first, and says where to get one when asked to export', async () => {
    expect(await value('keys.current')).toBeNull();
    const result = await call('keys.export', { format: 'crt-pem' });
    expect(!result.ok && result.error.code).toBe('no-key');
    opensslSelfSigned(join(dir, 'lone.key'), join(dir, 'lone.crt'), 'lone');
    const lone = await call('keys.import', {
      name: 'lone.crt',
      contentBase64: execFileSync('base64', ['-w0', join(dir, 'lone.crt')], { encoding: 'utf8' }),
    });
    expect(!lone.ok && lone.error.code).toBe('certificate-needs-key');
  });

  it('generates a key and certificate; the answer holds public facts only', async () => {
    const { raw, result } = await host.callRaw<KeySummary>('keys.generate', { ...request, bits: 2048 });
    expect(result.ok).toBe(true);
    expect(raw).not.toContain('PRIVATE KEY');
    generated = (result as { value: KeySummary }).value;
    expect(generated).toMatchObject({ alias: 'api_key', keyBits: 2048, source: 'generated' });
    expect(generated.certificate).toMatchObject({ subject: 'CN=api-test, C=FR', daysLeft: 29, selfSigned: true });
    expect(await value('keys.current')).toEqual(generated);
  });

  it('exports the certificate and the key as downloads named after the alias, pairing under openssl', async () => {
    const crt = await download('keys.export', { format: 'crt-pem' });
    const key = await download('keys.export', { format: 'key-pem' });
    expect(crt.name).toBe('api_key.crt');
    expect(openssl('x509', '-noout', '-fingerprint', '-sha256', '-in', crt.path)).toContain(
      generated.certificate?.fingerprintSha256,
    );
    expect(openssl('rsa', '-noout', '-modulus', '-in', key.path)).toBe(openssl('x509', '-noout', '-modulus', '-in', crt.path));
    const jks = await download('keys.export', { format: 'jks', password: 'secret-pw' });
    expect(jks.bytes.subarray(0, 4).toString('hex')).toBe('feedfeed');
  });

  it('rejects a short keystore password and an unknown format with coded errors', async () => {
    const short = await call('keys.export', { format: 'jks', password: 'abc' });
    expect(!short.ok && short.error.code).toBe('password-too-short');
    const unknown = await call('keys.export', { format: 'pem' });
    expect(!unknown.ok && unknown.error.code).toBe('invalid-input');
  });

  it('imports a key without a certificate, then creates the certificate for it', async () => {
    openssl('genrsa', '-out', join(dir, 'bare.key'), '2048');
    const content = execFileSync('base64', ['-w0', join(dir, 'bare.key')], { encoding: 'utf8' });
    const imported = await value<KeyImportResult>('keys.import', { name: 'Bare Key.key', contentBase64: content });
    expect(imported.kind).toBe('pkcs8-pem');
    expect(imported.summary).toMatchObject({ alias: 'bare_key', source: 'imported' });
    expect(imported.summary.certificate).toBeUndefined();
    expect(imported.notes.join(' ')).toContain('create its self-signed certificate with "Create certificate for the loaded key"');
    const noCert = await call('keys.export', { format: 'crt-pem' });
    expect(!noCert.ok && noCert.error.code).toBe('no-certificate');

    const certified = await value<KeySummary>('keys.createCertificate', request);
    expect(certified.publicKeyFingerprintSha256).toBe(imported.summary.publicKeyFingerprintSha256);
    const crt = await download('keys.export', { format: 'cer-der' });
    expect(openssl('x509', '-inform', 'DER', '-noout', '-modulus', '-in', crt.path)).toBe(
      openssl('rsa', '-noout', '-modulus', '-in', join(dir, 'bare.key')),
    );
  });

  it('pairs a certificate imported alone with the key in use, and refuses one that does not pair', async () => {
    openssl('genrsa', '-out', join(dir, 'pair.key'), '2048');
    openssl('req', '-x509', '-key', join(dir, 'pair.key'), '-subj', '/CN=pair', '-days', '10', '-out', join(dir, 'pair.crt'));
    const b64 = (name: string) => execFileSync('base64', ['-w0', join(dir, name)], { encoding: 'utf8' });
    await value('keys.import', { name: 'pair.key', contentBase64: b64('pair.key') });
    const paired = await value<KeyImportResult>('keys.import', { name: 'pair.crt', contentBase64: b64('pair.crt') });
    expect(paired.summary.certificate?.subject).toBe('CN=pair');
    expect(paired.summary.alias).toBe('pair');

    opensslSelfSigned(join(dir, 'other.key'), join(dir, 'other.crt'), 'other');
    const mismatch = await call('keys.import', { name: 'other.crt', contentBase64: b64('other.crt') });
    expect(!mismatch.ok && mismatch.error.code).toBe('key-certificate-mismatch');
  });

  it('asks for the password of a keystore, then opens it with the right one', async () => {
    const jks = await download('keys.export', { format: 'jks', password: 'secret-pw' });
    const contentBase64 = jks.bytes.toString('base64');
    const asked = await call('keys.import', { name: jks.name, contentBase64 });
    expect(!asked.ok && asked.error.code).toBe('password-required');
    const wrong = await call('keys.import', { name: jks.name, contentBase64, password: 'nope-nope' });
    expect(!wrong.ok && wrong.error.code).toBe('wrong-password');
    const opened = await value<KeyImportResult>('keys.import', { name: jks.name, contentBase64, password: 'secret-pw' });
    expect(opened).toMatchObject({ kind: 'jks', summary: { alias: 'pair', certificate: { subject: 'CN=pair' } } });
  });
});
