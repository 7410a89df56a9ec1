import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workingOrg } from '../electron/emulator/working-org';
import { signBearerAssertion } from '../shared/jwt/sign-assertion';
import { LOGIN_URL } from '../shared/salesforce/endpoints';
import { opensslSelfSigned } from '../test-support/judges';
import type { BenchRow } from './bench-row';
import { sideBySide, timeProcess } from './measure';

const RUNS = 7;
const root = join(import.meta.dirname, '..');
const CLIENT_ID = '3MVG9benchConsumerKey.for_the_exchange_bench_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH';
const USERNAME = 'bench@example.com';

/** Starts `sf-jwt-studio emulator` in its own process (the timed runs block this one) and reads its URLs line. */
async function startEmulatorProcess(configFile: string): Promise<{ child: ChildProcess; login: string }> {
  const child = spawn(process.execPath, [join(root, 'dist/node/cli.cjs'), 'emulator', '--config', configFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const login = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      out += String(d);
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { login: string }).login);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${out}`)));
  });
  return { child, login };
}

/**
 * A test login against the emulator: our CLI process (sign + token request + the two proof calls) beside the
 * bare token request made by curl with a pre-signed assertion, alternating, medians over RUNS.
 */
export default async function exchangeBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'exchange-bench-'));
  const keyFile = join(dir, 'server.key');
  const crtFile = join(dir, 'server.crt');
  opensslSelfSigned(keyFile, crtFile, 'bench', ['-days', '2']);
  const configFile = join(dir, 'org.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      ...workingOrg({
        org: { type: 'production', myDomain: 'bench' },
        certificatePem: readFileSync(crtFile, 'utf8'),
        username: USERNAME,
        consumerKey: CLIENT_ID,
      }),
      // Every run logs in: far over the hourly limit a real user has.
      rateLimitPerUserPerHour: 100000,
    }),
  );
  const { child, login } = await startEmulatorProcess(configFile);
  try {
    // No jti: the same pre-signed assertion may be sent on every curl run.
    const assertion = await signBearerAssertion(readFileSync(keyFile, 'utf8'), {
      iss: CLIENT_ID,
      sub: USERNAME,
      aud: LOGIN_URL,
      expiresInSeconds: 3000,
    });
    const cliArgs = [join(root, 'dist/node/cli.cjs'), 'exchange', '--endpoint', login, '--key', keyFile];
    cliArgs.push('--client-id', CLIENT_ID, '--username', USERNAME, '--aud', LOGIN_URL, '--json');
    const curlArgs = [
      '-sS',
      '-f',
      '-o',
      '/dev/null',
      '-X',
      'POST',
      `${login}/services/oauth2/token`,
      '-H',
      'Accept: application/json',
    ];
    curlArgs.push(
      '--data-urlencode',
      'grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer',
      '--data-urlencode',
      `assertion=${assertion}`,
    );
    const { a: ours, b: curl } = await sideBySide(
      () => timeProcess(process.execPath, cliArgs),
      () => timeProcess('curl', curlArgs),
      RUNS,
    );
    return [
      {
        name: 'test login: CLI exchange (sign + token + proof), one process',
        value: ours,
        unit: 'ms',
        anchor: { name: 'curl, token request only (pre-signed)', value: curl },
        ratio: ours / curl,
        target: '< 1000 ms',
        pass: ours < 1000,
        runs: RUNS,
      },
    ];
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
