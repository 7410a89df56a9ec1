import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_URL } from '../../shared/salesforce/endpoints';
import { cli } from '../../test-support/cli-harness';
import { CONSUMER_KEY, opensslKeyPair, USERNAME, workingConfig } from '../../test-support/emulator-test-kit';
import {
  type LoopbackServer,
  opensslServerCertificate,
  startHttpsServer,
  startLoopbackServer,
} from '../../test-support/loopback-test-servers';
import { type RunningEmulator, startEmulator } from '../emulator/emulator';

/** exchange beyond the happy path: an assertion made elsewhere, the one deadline, secrets in answers, a TLS port. */
let dir: string;
let keyFile: string;
let emulator: RunningEmulator;
const servers: LoopbackServer[] = [];

beforeAll(async () => {
  const keys = opensslKeyPair();
  dir = mkdtempSync(join(tmpdir(), 'exchange-edges-'));
  keyFile = join(dir, 'server.key');
  writeFileSync(keyFile, keys.privateKeyPem);
  emulator = await startEmulator(workingConfig(keys.certificatePem));
});

afterAll(async () => {
  await Promise.all([emulator.close(), ...servers.map((s) => s.close())]);
});

async function server(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<LoopbackServer> {
  const started = await startLoopbackServer(handler);
  servers.push(started);
  return started;
}

/** The signing flags for the working org's app and user, with the given aud. */
const claimArgs = (aud = LOGIN_URL) => ['--key', keyFile, '--client-id', CONSUMER_KEY, '--username', USERNAME, '--aud', aud];
const sign = async (...more: string[]) => (await cli(['jwt', 'sign', ...claimArgs(), ...more])).stdout.trim();

describe('exchange --assertion', () => {
  it('sends an assertion made elsewhere, without --key, and logs in', async () => {
    const file = join(dir, 'fresh.jwt');
    writeFileSync(file, `${await sign('--jti')}\n`);
    const { code, stdout } = await cli(['exchange', '--endpoint', emulator.urls.login, '--assertion', file, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, status: 200 });
  });

  it('an expired one (jwt sign --exp-in -600) is diagnosed assertion-expired first, from a file or stdin', async () => {
    const expired = await sign('--exp-in', '-600');
    const payload = JSON.parse(Buffer.from(expired.split('.')[1] as string, 'base64url').toString());
    expect(payload.exp).toBeLessThan(Date.now() / 1000 - 590);
    const viaStdin = await cli(['exchange', '--endpoint', emulator.urls.login, '--assertion', '-', '--json'], expired);
    expect(viaStdin.code).toBe(1);
    expect(JSON.parse(viaStdin.stdout).diagnosis[0].code).toBe('assertion-expired');
    const signed = await cli(['exchange', '--endpoint', emulator.urls.login, ...claimArgs(), '--exp-in', '-600']);
    expect(signed.code).toBe(1);
    expect(signed.stdout).toMatch(/1\. .*\[assertion-expired\]/);
  });

  it('keeps the aud check: an assertion for test.salesforce.com sent as login is audience-invalid', async () => {
    const wrongAud = (await cli(['jwt', 'sign', ...claimArgs('https://test.salesforce.com')])).stdout.trim();
    const { stdout } = await cli(
      ['exchange', '--endpoint', emulator.urls.login, '--aud', LOGIN_URL, '--assertion', '-', '--json'],
      wrongAud,
    );
    expect(JSON.parse(stdout).diagnosis[0].code).toBe('audience-invalid');
  });

  it('refuses signing flags beside --assertion, and an empty input', async () => {
    const both = await cli(['exchange', '--endpoint', emulator.urls.login, '--assertion', '-', '--key', keyFile], 'a.b.c');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^error \[usage\]: --key signs a new assertion; --assertion sends one already signed\.\n/);
    const empty = await cli(['exchange', '--endpoint', emulator.urls.login, '--assertion', '-'], '  \n');
    expect(empty.stderr).toMatch(/^error \[usage\]: The standard input holds no assertion/);
  });
});

describe('one deadline per exchange', () => {
  /** A token endpoint that answers after `delayMs` with a success pointing the proof at `proof`. */
  const slowToken = (delayMs: number, proof: () => string) => (_req: IncomingMessage, res: ServerResponse) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ access_token: '00D000000000001!AQ4AQFakeToken', instance_url: proof(), id: `${proof()}/id/00D/005` }),
      );
    }, delayMs);
  };

  it('a slow token answer and a hung proof end at --timeout 5 (±2 s), naming the proof', async () => {
    const hung = await server(() => undefined);
    const token = await server(slowToken(3000, () => hung.url));
    const start = performance.now();
    const { code, stdout } = await cli(
      ['exchange', '--endpoint', token.url, '--aud', LOGIN_URL, '--assertion', '-', '--timeout', '5', '--json'],
      await sign(),
    );
    const seconds = (performance.now() - start) / 1000;
    expect(seconds).toBeGreaterThan(3);
    expect(seconds).toBeLessThan(7);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.timedOut).toEqual({ phase: 'proof', seconds: 5 });
  }, 20_000);

  it('a hung token endpoint ends at the deadline naming the token request; the text says so', async () => {
    const hung = await server(() => undefined);
    const start = performance.now();
    const { code, stdout } = await cli(
      ['exchange', '--endpoint', hung.url, '--aud', LOGIN_URL, '--assertion', '-', '--timeout', '5'],
      await sign(),
    );
    const seconds = (performance.now() - start) / 1000;
    expect(seconds).toBeGreaterThan(4.5);
    expect(seconds).toBeLessThan(7);
    expect(code).toBe(1);
    expect(stdout).toContain("Deadline: the exchange's 5 s passed during the token request.");
    expect(stdout).toMatch(/1\. .*\[timeout\]/);
  }, 20_000);

  it('--timeout takes whole seconds from 1 to 120', async () => {
    for (const bad of ['0', '121', '5s', '-3']) {
      const { code, stderr } = await cli(['exchange', '--endpoint', LOGIN_URL, '--assertion', '-', '--timeout', bad], 'a.b.c');
      expect(code, bad).toBe(2);
      expect(stderr).toMatch(/^error \[usage\]: --timeout must be a whole number from 1 to 120/);
    }
  });
});

describe('secrets in answers', () => {
  const ACCESS = '00D5g000004ABCD!AQ4AQNotForYourEyesAccessTokenValue0123456789abcdefXYZ';
  const REFRESH = '5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJ.NotForYourEyesRefresh9q8w7e';
  const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIwMDU1ZzAwMDAwMEFCQ0QifQ.c2lnbmF0dXJlLW5vdC1mb3IteW91ci1leWVz';

  it('a refresh_token, an id_token and an echoed Authorization never reach CLI text or --json', async () => {
    // The proof endpoint refuses with a body that echoes the request's Authorization header in full.
    const echo = await server((req, res) => {
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end(`INVALID_SESSION_ID for Authorization: ${req.headers.authorization}`);
    });
    const token = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          access_token: ACCESS,
          refresh_token: REFRESH,
          id_token: ID_TOKEN,
          instance_url: echo.url,
          id: `${echo.url}/id/00D5g000004ABCD/0055g000000ABCD`,
          token_type: 'Bearer',
        }),
      );
    });
    const assertion = await sign();
    const text = await cli(['exchange', '--endpoint', token.url, '--aud', LOGIN_URL, '--assertion', '-'], assertion);
    const json = await cli(['exchange', '--endpoint', token.url, '--aud', LOGIN_URL, '--assertion', '-', '--json'], assertion);
    expect(echo.requests[0]?.headers.authorization).toBe(`Bearer ${ACCESS}`);
    for (const out of [text, json]) {
      const all = out.stdout + out.stderr;
      for (const secret of [ACCESS, REFRESH, ID_TOKEN, ACCESS.slice(16, 48), REFRESH.slice(8, 40)])
        expect(all).not.toContain(secret);
      expect(all).toContain('characters, hidden');
    }
    expect(text.stdout).toContain('proof: ');
    expect(JSON.parse(json.stdout).response.refresh_token).toMatch(/hidden/);
  });
});

/** Any C0 control character but the line feed. */
const hasControl = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20 && c !== '\n');

describe('messages', () => {
  it('an http:// URL to a TLS port: "this port speaks TLS: use https://"', async () => {
    const tls = await startHttpsServer(opensslServerCertificate('localhost'), (_req, res) => res.end('{}'));
    servers.push(tls);
    const plain = tls.url.replace('https://', 'http://');
    const { code, stdout } = await cli(
      ['exchange', '--endpoint', plain, '--aud', LOGIN_URL, '--assertion', '-', '--json'],
      await sign(),
    );
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.response.message).toContain(`this port speaks TLS: use ${tls.url}`);
    expect(out.diagnosis[0].code).toBe('tls-error');
  });

  it('--json errors go to stdout as {status, error: {code, message, hint}}, nothing on stderr', async () => {
    const missing = await cli(['keys', 'inspect', join(dir, 'nowhere.p12'), '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('');
    const out = JSON.parse(missing.stdout);
    expect(Object.keys(out)).toEqual(['status', 'error']);
    expect(out).toMatchObject({ status: 2, error: { code: 'file-not-found' } });
    expect(Object.keys(out.error)).toEqual(['code', 'message', 'hint']);
    const usage = await cli(['exchange', '--endpoint', LOGIN_URL, '--json']);
    expect(JSON.parse(usage.stdout)).toMatchObject({
      status: 2,
      error: { code: 'usage', hint: expect.stringContaining('usage: ') },
    });
    expect((await cli(['no-such', '--json'])).stdout).toContain('"unknown-command"');
  });

  it('usage errors end with a newline, the usage on its own line', async () => {
    const { stderr } = await cli(['exchange', '--endpoint', LOGIN_URL]);
    expect(stderr).toMatch(/^error \[usage\]: --key is required\.\nhint: usage: sf-jwt-studio exchange .*\[--json\]\n$/);
  });

  it('control characters of an echoed input are escaped, never written to the terminal', async () => {
    const { stderr } = await cli(['keys', 'inspect', join(dir, 'evil\u001b[2J\u001b]0;pwned\u0007.p12')]);
    expect(stderr).toContain('evil\\x1b[2J\\x1b]0;pwned\\x07.p12');
    expect(hasControl(stderr)).toBe(false);
    const config = join(dir, 'escape.json');
    writeFileSync(config, JSON.stringify({ org: { type: 'production\u001b[31m', myDomain: 'acme' } }));
    const emulatorRun = await cli(['emulator', '--config', config]);
    expect(emulatorRun.code).toBe(2);
    expect(hasControl(emulatorRun.stderr)).toBe(false);
  });

  it('SF_JWT_STUDIO_DEBUG=1 traces the error name and stack frames, never the message or the input', async () => {
    const secretPath = join(dir, 'secret-name-in-path.key');
    process.env.SF_JWT_STUDIO_DEBUG = '1';
    try {
      const { stderr } = await cli(['keys', 'inspect', secretPath]);
      const trace = stderr.slice(stderr.indexOf('trace: '), stderr.indexOf('error ['));
      expect(stderr).toContain('error [file-not-found]');
      expect(trace).toMatch(/^trace: StudioError\n( {4}at .+\n)+/);
      expect(trace).not.toContain('secret-name-in-path');
    } finally {
      delete process.env.SF_JWT_STUDIO_DEBUG;
    }
    expect((await cli(['keys', 'inspect', secretPath])).stderr).not.toContain('trace:');
  });
});
