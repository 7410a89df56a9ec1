import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JAVA_CLASS_NAME } from '../../shared/snippets/java-snippet';
import { cli } from '../../test-support/cli-harness';
import { CONSUMER_KEY, opensslKeyPair, USERNAME, workingConfig } from '../../test-support/emulator-test-kit';
import { SF_BIN, sfEnv } from '../../test-support/sf-cli';
import { type RunningEmulator, startEmulator } from '../emulator/emulator';

const repo = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sfjs-snippets-'));
const keyFile = join(dir, 'server.key');
let emulator: RunningEmulator;

beforeAll(async () => {
  const pair = opensslKeyPair();
  writeFileSync(keyFile, pair.privateKeyPem, { mode: 0o600 });
  emulator = await startEmulator(workingConfig(pair.certificatePem));
});

afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs a program without blocking this process: the emulator answering the snippet lives in it (spawnSync
 * would deadlock). A time limit ends a hung run.
 */
function run(
  command: string,
  args: string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      timeout: options.timeoutMs ?? 20_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += String(d);
    });
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

async function snippet(lang: string, endpoint: string, aud: string): Promise<string> {
  const args = ['snippets', '--lang', lang, '--client-id', CONSUMER_KEY, '--username', USERNAME, '--endpoint', endpoint];
  const result = await cli([...args, '--key', keyFile, '--aud', aud]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

/** A Salesforce access token (`00D…!…`): a snippet uses it, and must never print it. */
const ACCESS_TOKEN = /00D\w{12,15}!/;

/** Debian's python3, with python3-jwt and python3-requests from apt (`.ci/run` installs them). */
const PYTHON = '/usr/bin/python3';

/** How each runnable snippet is run: written to a folder, compiled where needed, then executed. */
const RUNNERS: Record<string, (code: string) => Promise<{ status: number | null; stdout: string; stderr: string }>> = {
  node: (code) => run(process.execPath, ['--input-type=module'], { cwd: repo, input: code }),
  python: (code) => {
    const file = join(mkdtempSync(join(dir, 'python-')), 'login.py');
    writeFileSync(file, code);
    return run(PYTHON, [file]);
  },
  java: (code) => {
    const javaDir = mkdtempSync(join(dir, 'java-'));
    writeFileSync(join(javaDir, `${JAVA_CLASS_NAME}.java`), code);
    // --release 11: the snippet promises JDK 11+, so no text blocks and no \s escapes.
    execFileSync('javac', ['--release', '11', `${JAVA_CLASS_NAME}.java`], { cwd: javaDir, stdio: 'pipe' });
    return run('java', ['-cp', javaDir, JAVA_CLASS_NAME]);
  },
  curl: (code) => run('bash', ['-s'], { input: code }),
};

describe.each(Object.keys(RUNNERS))('snippets --lang %s: the printed code runs against the emulator', (lang) => {
  const runSnippet = RUNNERS[lang]!;

  it('logs in, runs the Organization query and prints the org name, never the token', async () => {
    // Through the My Domain for Java (its aud is the My Domain), through login for the others.
    const [endpoint, aud] =
      lang === 'java'
        ? [emulator.urls.myDomain, 'https://acme.my.salesforce.com']
        : [emulator.urls.login, 'https://login.salesforce.com'];
    const result = await runSnippet(await snippet(lang, endpoint, aud));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(ACCESS_TOKEN);
    expect(JSON.parse(result.stdout.trim())).toEqual({ instance_url: emulator.urls.myDomain, org_name: 'Acme' });
    expect(emulator.loginHistory()[0]).toMatchObject({ username: USERNAME, status: 'Success' });
  });

  it('reports a refused login with its status and error, and exits non-zero', async () => {
    const result = await runSnippet(await snippet(lang, emulator.urls.login, 'https://test.salesforce.com'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Login failed: HTTP 400: .*invalid_grant/);
    expect(result.stdout).toBe('');
  });

  it('reports an HTML page with its status and first bytes, never a parse crash', async () => {
    const result = await runSnippet(await snippet(lang, `${emulator.urls.login}/s/login`, 'https://login.salesforce.com'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^Login failed: HTTP 404: <!DOCTYPE html>/);
    expect(result.stderr).not.toMatch(/SyntaxError|JSONDecodeError|Traceback|Exception in thread/);
  });
});

describe('snippets --lang sf: the printed commands run against the emulator', () => {
  it.runIf(SF_BIN)(
    'logs in with sf org login jwt and queries the org name',
    async () => {
      const home = mkdtempSync(join(dir, 'sf-home-'));
      const code = await snippet('sf', emulator.urls.login, 'https://login.salesforce.com');
      const env = sfEnv(home, SF_BIN!);
      const result = await run('bash', ['-e', '-s'], { input: code, env, timeoutMs: 240_000 });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Successfully authorized');
      expect(result.stdout).toContain('Acme');
      expect(`${result.stdout}${result.stderr}`).not.toMatch(ACCESS_TOKEN);
    },
    300_000,
  );
});

describe('snippets --lang: the others', () => {
  it('sf and apex: name the key file, the certificate and the audience override', async () => {
    const sf = await snippet('sf', 'https://acme.my.salesforce.com', 'https://login.salesforce.com');
    expect(sf).toContain(`--jwt-key-file '${keyFile}'`);
    expect(sf).toContain("SF_AUDIENCE_URL='https://login.salesforce.com' sf org login jwt");
    const apex = await snippet('apex', 'https://acme.my.salesforce.com', 'https://acme.my.salesforce.com');
    expect(apex).toContain("new Auth.JWS(jwt, 'salesforce_jwt')");
    expect(apex).toContain("new Auth.JWTBearerTokenExchange('https://acme.my.salesforce.com/services/oauth2/token', jws)");
  });
});

describe('snippets: usage errors are coded', () => {
  const base = ['snippets', '--client-id', CONSUMER_KEY, '--username', USERNAME, '--endpoint', 'https://login.salesforce.com'];

  it('refuses an unknown language, a missing flag, a bad URL and a missing key file', async () => {
    const lang = await cli([...base, '--lang', 'ruby', '--key', keyFile]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toMatch(/^error \[usage\]: --lang must be one of curl, sf, apex, node, python, java/);
    const noKey = await cli([...base, '--lang', 'node']);
    expect(noKey.stderr).toMatch(/error \[usage\]: --key is required/);
    const url = await cli([...base, '--lang', 'node', '--key', keyFile, '--aud', 'login.salesforce.com']);
    expect(url.stderr).toMatch(/error \[usage\]: --aud must be a URL/);
    const missing = await cli([...base, '--lang', 'node', '--key', join(dir, 'nope.key')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/error \[file-not-found\]/);
    expect(missing.stdout).toBe('');
  });

  it('takes the token URL as --endpoint, and warns about an aud with a path', async () => {
    const args = [...base.slice(0, -1), 'https://acme.my.salesforce.com/services/oauth2/token', '--key', keyFile];
    const node = await cli([...args, '--lang', 'node']);
    expect(node.stderr).toBe('');
    expect(node.stdout).toContain('const tokenUrl = "https://acme.my.salesforce.com/services/oauth2/token";');
    expect(node.stdout).toContain('const audience = "https://acme.my.salesforce.com";');
    const withPath = await cli([...args, '--lang', 'curl', '--aud', 'https://acme.my.salesforce.com/services']);
    expect(withPath.code).toBe(0);
    expect(withPath.stdout).toContain("AUD='https://acme.my.salesforce.com/services'");
    expect(withPath.stderr).toMatch(/^warning \[aud-not-origin\]: .*\nhint: .*no path/);
  });

  it('warns that the JDK needs PKCS#8 when the key file is PKCS#1', async () => {
    const pkcs1 = join(dir, 'pkcs1.key');
    execFileSync('openssl', ['rsa', '-in', keyFile, '-traditional', '-out', pkcs1], { stdio: 'ignore' });
    expect(readFileSync(pkcs1, 'utf8')).toContain('BEGIN RSA PRIVATE KEY');
    const result = await cli([...base, '--lang', 'java', '--key', pkcs1]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/PKCS#1 key; the JDK reads PKCS#8 only/);
  });
});
