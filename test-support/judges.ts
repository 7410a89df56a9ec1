import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sha256RsaSigner } from '../shared/keys/certificate';

/**
 * For tests only: openssl and keytool as independent judges of the files we write, and a native 2048-bit key
 * made once per test file.
 */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sfjs-keys-'));
}

export function writeTemp(dir: string, name: string, data: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** Runs a judge; throws with its stderr when it fails. */
export function judge(command: 'openssl' | 'keytool', args: string[], input?: string): string {
  return execFileSync(command, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs a judge expected to fail: its exit status and all it printed. */
export function judgeFails(command: 'openssl' | 'keytool', args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function nativeRsaKey(bits = 2048): { pem: string; signer: Sha256RsaSigner } {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: bits,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { pem: privateKey, signer: (data) => sign('sha256', data, privateKey) };
}

/**
 * A 2048-bit key and its self-signed certificate, made the way the tutorials make them
 * (`openssl req -x509 -newkey rsa:2048 -nodes`), written to the two paths given.
 */
export function opensslSelfSigned(keyPath: string, certificatePath: string, commonName: string, extra: string[] = []): void {
  const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certificatePath];
  judge('openssl', [...args, '-subj', `/CN=${commonName}`, ...extra]);
}
