import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test-support/cli-harness';
import { opensslKeyPair } from '../../test-support/emulator-test-kit';

/**
 * The CLI against inputs that are not files of their kind: a device that never ends, a pipe nobody writes, a
 * file far too large, a token nested thousands of levels deep. Each is a coded error, fast, in bounded memory.
 */
let dir: string;
let keyFile: string;
let fifo: string;
const ROOT = join(import.meta.dirname, '..', '..');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-bounded-'));
  keyFile = join(dir, 'server.key');
  writeFileSync(keyFile, opensslKeyPair().privateKeyPem);
  fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
});

const exchangeWith = (...more: string[]) => [
  'exchange',
  '--endpoint',
  'http://127.0.0.1:9',
  '--aud',
  'https://login.salesforce.com',
  ...more,
];
const signWith = ['--client-id', 'ISS', '--username', 'a@b.c'];

/** Every way a file reaches the CLI: a key, a certificate, a keystore, a configuration, an assertion. */
const inputs = (path: string): [string, string[]][] => [
  ['key (exchange --key)', exchangeWith('--key', path, ...signWith)],
  ['key (jwt sign --key)', ['jwt', 'sign', '--key', path, ...signWith, '--aud', 'https://login.salesforce.com']],
  ['keystore (keys inspect)', ['keys', 'inspect', path]],
  ['certificate (jwt inspect --cert)', ['jwt', 'inspect', 'a.b.c', '--cert', path]],
  ['config (emulator --config)', ['emulator', '--config', path]],
  ['assertion (exchange --assertion)', exchangeWith('--assertion', path)],
];

/** The CLI in a process of its own, so its memory is its own: answers its exit code, output, time and peak RSS. */
function cliProcess(args: string[]) {
  const script = `
    import { PassThrough } from 'node:stream';
    import { runCli } from './electron/cli/main.ts';
    const out = new PassThrough(); let text = ''; out.on('data', (d) => { text += d; });
    const start = performance.now();
    const code = await runCli(${JSON.stringify(args)}, { stdout: out, stderr: out, stdin: new PassThrough(), cwd: process.cwd() });
    process.stdout.write(JSON.stringify({ code, text, ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024 }));
    process.exit(0);`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(result.stdout) as { code: number; text: string; ms: number; rssMb: number };
}

describe('bounded reads', () => {
  for (const [what, args] of inputs('/dev/zero')) {
    it(`/dev/zero as ${what} is file-too-large within 2 s and under 200 MB`, () => {
      const run = cliProcess(args);
      expect(run.text).toMatch(/^error \[file-too-large\]: \/dev\/zero is larger than 1 MB/);
      expect(run.code).toBe(2);
      expect(run.ms).toBeLessThan(2000);
      expect(run.rssMb).toBeLessThan(200);
    });
  }

  it('a named pipe with no writer is a coded error within 5 s, for every kind of input', async () => {
    for (const [what, args] of inputs(fifo)) {
      const start = performance.now();
      const { code, stderr } = await cli(args);
      expect(stderr, what).toMatch(/^error \[not-a-file\]: .*pipe gave no data: it is a pipe or device/);
      expect(code).toBe(2);
      expect(performance.now() - start).toBeLessThan(5000);
    }
  });

  it('a named pipe whose writer never writes times out with a coded error', async () => {
    // O_RDWR holds the pipe open as a writer (Linux fifo(7)) without ever writing.
    const writer = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
    try {
      const start = performance.now();
      const { code, stderr } = await cli(['keys', 'inspect', fifo]);
      expect(stderr).toMatch(/^error \[file-read-timeout\]: .*pipe gave no end within 5 s/);
      expect(code).toBe(2);
      expect(performance.now() - start).toBeLessThan(7000);
    } finally {
      closeSync(writer);
    }
  }, 15_000);

  it('a 100 MB --cert is file-too-large, and a folder is not-a-file', async () => {
    const big = join(dir, 'big.crt');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024);
    const { code, stderr } = await cli(['jwt', 'inspect', 'a.b.c', '--cert', big]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error \[file-too-large\]: .*big\.crt is larger than 1 MB/);
    expect((await cli(['keys', 'inspect', dir])).stderr).toMatch(/^error \[not-a-file\]: .* is a folder/);
  });

  it('standard input is bounded too: more than 1 MB piped in is input-too-large', async () => {
    const { code, stderr } = await cli(['jwt', 'inspect', '-'], 'a'.repeat(1024 * 1024 + 1));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error \[input-too-large\]: The standard input is larger than 1 MB/);
  });
});

describe('JSON depth', () => {
  const header = Buffer.from('{"alg":"RS256"}').toString('base64url');
  const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
  const token = (levels: number) => `${header}.${Buffer.from(deep(levels)).toString('base64url')}.c2ln`;

  it('an 8,000-deep payload is the finding json-too-deep, in text and --json, never internal-error', async () => {
    const json = await cli(['jwt', 'inspect', token(8000), '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.payload).toBeNull();
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'json-too-deep', where: 'payload' }));
    const text = await cli(['jwt', 'inspect', token(8000)]);
    expect(text.stdout).toContain('[json-too-deep]');
    expect(text.stderr).toBe('');
  });

  it('64 levels still decode, 65 do not', async () => {
    const at = JSON.parse((await cli(['jwt', 'inspect', token(64), '--json'])).stdout);
    expect(at.payload).not.toBeNull();
    const past = JSON.parse((await cli(['jwt', 'inspect', token(65), '--json'])).stdout);
    expect(past.findings.map((f: { code: string }) => f.code)).toContain('json-too-deep');
  });

  it('an emulator configuration nested too deep is json-too-deep', async () => {
    const config = join(dir, 'deep.json');
    writeFileSync(config, `{"org":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    const { code, stderr } = await cli(['emulator', '--config', config]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error \[json-too-deep\]: .*deep\.json nests deeper than 64 levels/);
  });
});

afterAll(() => {
  execFileSync('rm', ['-rf', dir]);
});
