import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cli } from '../../test-support/cli-harness';
import { jwtCommands } from './jwt-commands';

const dir = mkdtempSync(join(tmpdir(), 'sfjs-jwt-cli-'));
const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const keyFile = join(dir, 'server.key');
// PKCS#1, as `openssl genrsa` of OpenSSL 1.x writes it: readPrivateKeyFile turns it into PKCS#8.
writeFileSync(keyFile, pair.privateKey.export({ type: 'pkcs1', format: 'pem' }));
const certFile = join(dir, 'server.crt');
execFileSync('openssl', ['req', '-new', '-x509', '-key', keyFile, '-subj', '/CN=cli', '-days', '30', '-out', certFile], {
  stdio: 'ignore',
});
const KEY = `3MVG9${'c'.repeat(80)}`;
const signArgs = [
  'jwt',
  'sign',
  '--key',
  keyFile,
  '--client-id',
  KEY,
  '--username',
  'integration@acme.com',
  '--aud',
  'https://test.salesforce.com',
];

const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

describe('jwt sign', () => {
  it('prints the token only, with exp in seconds 300 s ahead by default', async () => {
    const before = Math.floor(Date.now() / 1000);
    const result = await cli(signArgs);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^eyJhbGciOiJSUzI1NiJ9\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/);
    const payload = payloadOf(result.stdout.trim());
    expect(payload).toMatchObject({ iss: KEY, sub: 'integration@acme.com', aud: 'https://test.salesforce.com' });
    expect(payload.exp).toBeGreaterThanOrEqual(before + 300);
    expect(payload.exp).toBeLessThan(before + 310);
    expect(payload.jti).toBeUndefined();
  });

  it('takes --exp-in and adds a random jti with --jti', async () => {
    const first = payloadOf((await cli([...signArgs, '--exp-in', '60', '--jti'])).stdout.trim());
    const second = payloadOf((await cli([...signArgs, '--jti'])).stdout.trim());
    expect(first.exp as number).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 60);
    expect(first.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.jti).not.toBe(first.jti);
  });

  it('still prints a token Salesforce will refuse, and says why on stderr', async () => {
    const result = await cli([...signArgs.slice(0, -1), 'https://test.salesforce.com/']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^eyJ[A-Za-z0-9_.-]+\n$/);
    expect(result.stderr).toContain('error [aud-not-origin]: The "aud" ends with a slash.');
    expect(result.stderr).toContain('hint: Use exactly https://login.salesforce.com');
  });

  it('answers usage errors and unreadable keys with a code and a hint on stderr', async () => {
    const missing = await cli(['jwt', 'sign', '--key', keyFile, '--client-id', KEY, '--aud', 'https://login.salesforce.com']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('error [usage]: --username is required.');
    expect(missing.stderr).toContain('hint: usage: sf-jwt-studio jwt sign');
    expect((await cli([...signArgs, '--exp-in', '5m'])).stderr).toContain('error [usage]: --exp-in');
    const noFile = await cli([...signArgs.slice(0, 3), join(dir, 'nope.key'), ...signArgs.slice(4)]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('error [file-not-found]');
    // jwt sign has no passphrase option: the hint must not ask for one, but say how to get a key it reads.
    const encryptedFile = join(dir, 'encrypted.key');
    writeFileSync(
      encryptedFile,
      pair.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' }),
    );
    const encrypted = await cli([...signArgs.slice(0, 3), encryptedFile, ...signArgs.slice(4)]);
    expect(encrypted.code).toBe(2);
    expect(encrypted.stderr).toContain('error [key-encrypted]');
    expect(encrypted.stderr).toContain(
      `hint: jwt sign reads an unencrypted key: write one with openssl pkey -in ${encryptedFile}`,
    );
  });
});

describe('jwt inspect', () => {
  it('prints the JSON report; a token from jwt sign verifies against the certificate with no errors', async () => {
    const token = (await cli(signArgs)).stdout.trim();
    const result = await cli([
      'jwt',
      'inspect',
      token,
      '--cert',
      certFile,
      '--endpoint',
      'https://test.salesforce.com',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['header', 'payload', 'signature', 'findings']);
    expect(report).toMatchObject({ header: { alg: 'RS256' }, payload: { iss: KEY }, signature: 'valid', findings: [] });
  });

  it('reads the token from standard input with -, and names the findings with code, severity, message, hint, where', async () => {
    const token = (await cli(signArgs)).stdout;
    const result = await cli(['jwt', 'inspect', '-', '--endpoint', 'https://login.salesforce.com', '--json'], token);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.signature).toBe('unchecked');
    expect(report.findings).toHaveLength(1);
    expect(Object.keys(report.findings[0])).toEqual(['code', 'severity', 'message', 'hint', 'where']);
    expect(report.findings[0]).toMatchObject({ code: 'aud-endpoint-mismatch', severity: 'error', where: 'claim:aud' });
  });

  it('exits 0 with a report even for something that is not a token, and prints a readable report without --json', async () => {
    const json = await cli(['jwt', 'inspect', 'not-a-token', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ header: null, payload: null, signature: 'unchecked' });
    const token = (await cli(signArgs)).stdout.trim();
    const text = await cli(['jwt', 'inspect', token, '--cert', certFile]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('signature: valid');
    expect(text.stdout).toMatch(/exp: +\d{4}-\d\d-\d\dT.* \(expires in [45] min\)/);
    expect(text.stdout).toContain('findings:  none');
    const bad = await cli(['jwt', 'inspect', `${token.split('.')[0]}.${Buffer.from('{"Iss":"x"}').toString('base64url')}.`]);
    expect(bad.code).toBe(0);
    expect(bad.stdout).toContain('error   [claim-name-case]');
    expect(bad.stdout).toContain('hint: Rename "Iss" to "iss"');
    const millis = await cli([
      'jwt',
      'inspect',
      `${token.split('.')[0]}.${Buffer.from(`{"exp":${Date.now() + 300_000}}`).toString('base64url')}.`,
    ]);
    expect(millis.stdout).toMatch(/exp: +milliseconds, not seconds: read as milliseconds it is \d{4}-.* \(in [45] min\)/);
  });

  it('asks for a token when none is given, and reports a missing --cert file', async () => {
    const empty = await cli(['jwt', 'inspect'], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('error [usage]: No token given.');
    // At a terminal, no token and no pipe: say so at once instead of waiting for input the user never meant to type.
    const terminal = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new PassThrough();
    const inspect = jwtCommands.find((c) => c.name === 'jwt inspect');
    await expect(inspect?.run([], { stdin: terminal, stdout: new PassThrough(), stderr, cwd: dir })).rejects.toMatchObject({
      code: 'usage',
      message: 'No token given.',
    });
    const noCert = await cli(['jwt', 'inspect', 'a.b.c', '--cert', join(dir, 'missing.crt')]);
    expect(noCert.code).toBe(2);
    expect(noCert.stderr).toContain('error [file-not-found]');
  });

  it('reports bearer-prefix and still decodes the JWT after it; names an access token and a JWE', async () => {
    const token = (await cli(signArgs)).stdout.trim();
    const bearer = await cli(['jwt', 'inspect', '-', '--cert', certFile, '--json'], `Bearer ${token}\n`);
    expect(bearer.code).toBe(0);
    const report = JSON.parse(bearer.stdout);
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['bearer-prefix']);
    expect(report).toMatchObject({ header: { alg: 'RS256' }, payload: { iss: KEY }, signature: 'valid' });
    const access = await cli(['jwt', 'inspect', `00D5g000004XyZaEAK!AQ4AQFk8mP2Rz.${'q'.repeat(90)}`, '--json']);
    expect(JSON.parse(access.stdout).findings).toEqual([
      expect.objectContaining({ code: 'access-token-not-jwt', severity: 'error', where: 'token' }),
    ]);
    const header = Buffer.from('{"alg":"RSA-OAEP","enc":"A256GCM"}').toString('base64url');
    const jwe = await cli([
      'jwt',
      'inspect',
      `${header}.${'k'.repeat(43)}.${'i'.repeat(16)}.${'c'.repeat(40)}.${'t'.repeat(22)}`,
    ]);
    expect(jwe.code).toBe(0);
    expect(jwe.stdout).toContain('findings:  1');
    expect(jwe.stdout).toContain('error   [jwe-not-jws]');
  });
});
