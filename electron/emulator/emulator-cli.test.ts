import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test-support/cli-harness';
import {
  CONSUMER_KEY,
  claims,
  type KeyPair,
  opensslKeyPair,
  requestToken,
  signAssertion,
  USERNAME,
} from '../../test-support/emulator-test-kit';

const root = join(__dirname, '..', '..');
let keys: KeyPair;
let dir: string;

function writeConfig(name: string, config: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof config === 'string' ? config : JSON.stringify(config));
  return path;
}

const configJson = () => ({
  org: { type: 'production', myDomain: 'acme' },
  users: [{ username: USERNAME, active: true, profile: 'System Administrator', permissionSets: [], ipRestricted: false }],
  apps: [
    {
      kind: 'connected',
      consumerKey: CONSUMER_KEY,
      certificateFile: 'server.crt',
      permittedUsers: 'admin-approved',
      profiles: ['System Administrator'],
    },
  ],
});

beforeAll(() => {
  keys = opensslKeyPair();
  dir = mkdtempSync(join(tmpdir(), 'emulator-cli-'));
  writeFileSync(join(dir, 'server.crt'), keys.certificatePem);
  execFileSync('node', ['scripts/build.mjs', 'node'], { cwd: root, stdio: 'ignore' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('emulator --config FILE', () => {
  let child: ChildProcess | undefined;

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('prints one JSON line of URLs, answers on them, and stops cleanly on SIGTERM', async () => {
    const path = writeConfig('org.json', configJson());
    child = spawn('node', [join(root, 'dist/node/cli.cjs'), 'emulator', '--config', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout!.on('data', (d) => {
      stdout += String(d);
    });
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    expect(line).toMatch(
      /^\{"login": "http:\/\/127\.0\.0\.1:\d+", "test": "http:\/\/127\.0\.0\.1:\d+", "myDomain": "http:\/\/127\.0\.0\.1:\d+"\}$/,
    );
    const urls = JSON.parse(line) as { login: string; test: string; myDomain: string };
    expect(new Set([urls.login, urls.test, urls.myDomain]).size).toBe(3);

    const answer = await requestToken(
      urls.login,
      await signAssertion(keys.privateKeyPem, claims('https://login.salesforce.com')),
    );
    expect(answer.status).toBe(200);
    expect((answer.body as { instance_url: string }).instance_url).toBe(urls.myDomain);

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(stdout).toBe(`${line}\n`);
    await expect(fetch(urls.login)).rejects.toThrow();
  });

  it('names the field of a bad configuration and exits 2', async () => {
    const config = configJson();
    config.apps[0]!.permittedUsers = 'everyone';
    const result = await cli(['emulator', '--config', writeConfig('bad.json', config)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^error \[emulator-config-invalid\]: apps\[0\]\.permittedUsers must be "admin-approved" or "self-authorize"\.\nhint: /,
    );
  });

  it('says when the file is not JSON or cannot be read', async () => {
    const notJson = await cli(['emulator', '--config', writeConfig('broken.json', '{ "org": ')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^error \[emulator-config-invalid\]: .*broken\.json is not valid JSON/);
    const missing = await cli(['emulator', '--config', join(dir, 'nowhere.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error \[emulator-config-invalid\]: Cannot read the emulator configuration .*nowhere\.json/);
  });

  it('requires --config', async () => {
    const result = await cli(['emulator']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error \[usage\]: --config is required\.\nhint: usage: sf-jwt-studio emulator --config FILE/);
  });
});
