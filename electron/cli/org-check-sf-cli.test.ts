import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  app,
  type KeyPair,
  ORG_ADMIN,
  opensslKeyPair,
  orgAdminApp,
  USERNAME,
  user,
  workingConfig,
} from '../../test-support/emulator-test-kit';
import { SF_BIN, sfEnv } from '../../test-support/sf-cli';
import { type RunningEmulator, startEmulator } from '../emulator/emulator';

/**
 * `--admin-org` with the real sf CLI, where one is installed: `sf` on PATH, or the binary SF_JWT_STUDIO_SF names.
 * The admin logs in to the emulator with `sf org login jwt`; sf runs with its own HOME, so no real sf
 * configuration is read or written, and the check takes the token from `sf org display --json` only.
 */
const ADMIN_KEY = '3MVG9orgCheckAdminConsumerKey.sfcli98';
const CLI = resolve(__dirname, '../../bin/sf-jwt-studio.mjs');
const run = promisify(execFile);
let keys: KeyPair;
let emulator: RunningEmulator;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  if (!SF_BIN) return;
  keys = opensslKeyPair();
  dir = mkdtempSync(join(tmpdir(), 'org-check-sf-'));
  writeFileSync(join(dir, 'admin.key'), keys.privateKeyPem);
  emulator = await startEmulator(
    workingConfig(keys.certificatePem, {
      users: [user({ profile: 'Standard User' }), user({ username: ORG_ADMIN })],
      apps: [app(keys.certificatePem), orgAdminApp(keys.certificatePem, ADMIN_KEY)],
    }),
  );
  env = sfEnv(join(dir, 'home'), SF_BIN);
  await run(
    'sf',
    ['org', 'login', 'jwt', '--username', ORG_ADMIN, '--jwt-key-file', join(dir, 'admin.key'), '--client-id', ADMIN_KEY].concat([
      '--instance-url',
      emulator.urls.login,
      '--alias',
      'acme-admin',
      '--json',
    ]),
    { env, cwd: dir, timeout: 120_000 },
  );
}, 180_000);

afterAll(async () => {
  await emulator?.close();
});

describe('org-check --admin-org with the sf CLI', () => {
  it.runIf(SF_BIN)(
    "reads the org with the session sf holds; the user's profile not granted is named, the token never printed",
    async () => {
      const { stdout, stderr } = await run(
        process.execPath,
        [CLI, 'org-check', '--username', USERNAME, '--app', 'Integration App', '--admin-org', 'acme-admin', '--json'],
        { env, cwd: dir, timeout: 120_000 },
      );
      const out = JSON.parse(stdout) as { evidence: { source: string; meaning: string }[]; findings: unknown[] };
      expect(out.findings).toEqual([]);
      expect(out.evidence.find((e) => e.source === 'User')?.meaning).toContain('profile "Standard User"');
      expect(out.evidence.find((e) => e.source === 'SetupEntityAccess')?.meaning).toContain('profile "System Administrator"');
      const display = await run('sf', ['org', 'display', '--target-org', 'acme-admin', '--json'], { env, timeout: 120_000 });
      const token = (JSON.parse(display.stdout) as { result: { accessToken: string } }).result.accessToken;
      expect(token.length).toBeGreaterThan(20);
      expect(`${stdout}${stderr}`).not.toContain(token);
    },
    240_000,
  );
});
