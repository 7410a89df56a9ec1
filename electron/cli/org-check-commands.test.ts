import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, exchangeArgs } from '../../test-support/cli-harness';
import {
  app,
  type KeyPair,
  ORG_ADMIN,
  opensslKeyPair,
  orgAdminApp,
  orgAdminToken,
  USERNAME,
  user,
  workingConfig,
} from '../../test-support/emulator-test-kit';
import { type LoopbackServer, startLoopbackServer } from '../../test-support/loopback-test-servers';
import { type RunningEmulator, startEmulator } from '../emulator/emulator';

/**
 * `org-check` and `exchange --admin-…` against the emulator: the admin (a System Administrator) logs in through
 * the JWT flow with their own app, and the token reaches the CLI only through a file or stdin.
 */
const VIEWER = 'viewer@acme.com';
const ADMIN_KEY = '3MVG9orgCheckAdminConsumerKey.cli456';
let keys: KeyPair;
let dir: string;
let keyFile: string;
let emulator: RunningEmulator;
let html: LoopbackServer;
const tokens: Record<string, string> = {};
const tokenFiles: Record<string, string> = {};

beforeAll(async () => {
  keys = opensslKeyPair();
  dir = mkdtempSync(join(tmpdir(), 'org-check-cli-'));
  keyFile = join(dir, 'server.key');
  writeFileSync(keyFile, keys.privateKeyPem);
  const config = workingConfig(keys.certificatePem, {
    users: [user(), user({ username: ORG_ADMIN }), user({ username: VIEWER, profile: 'Standard User' })],
    apps: [
      app(keys.certificatePem, { permittedUsers: 'self-authorize' }),
      orgAdminApp(keys.certificatePem, ADMIN_KEY, { profiles: ['System Administrator', 'Standard User'] }),
    ],
  });
  emulator = await startEmulator(config);
  html = await startLoopbackServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><title>Login</title><body>Welcome</body></html>');
  });
  for (const [name, username] of [
    ['admin', ORG_ADMIN],
    ['viewer', VIEWER],
    ['revoked', ORG_ADMIN],
  ] as const) {
    tokens[name] = await orgAdminToken(emulator.urls.login, keys.privateKeyPem, ADMIN_KEY, { sub: username });
    tokenFiles[name] = join(dir, `${name}.token`);
    writeFileSync(tokenFiles[name], `${tokens[name]}\n`);
  }
  const revoked = await fetch(`${emulator.urls.myDomain}/services/oauth2/revoke`, {
    method: 'POST',
    body: new URLSearchParams({ token: tokens.revoked! }),
  });
  expect(revoked.status).toBe(200);
});

afterAll(async () => {
  await Promise.all([emulator.close(), html.close()]);
});

const admin = (name = 'admin', url = () => emulator.urls.myDomain) => [
  '--admin-instance-url',
  url(),
  '--admin-token-file',
  tokenFiles[name]!,
];

/** No output of the CLI ever holds an admin token. */
function expectNoToken(...outputs: string[]) {
  for (const out of outputs) for (const token of Object.values(tokens)) expect(out).not.toContain(token);
}

interface EvidenceJson {
  source: string;
  record: Record<string, unknown>;
  meaning: string;
}

describe('sf-jwt-studio org-check', () => {
  it('--json: the evidence alone, each { source, record, meaning }; the token never printed; exit 0', async () => {
    const { code, stdout, stderr } = await cli([
      'org-check',
      '--username',
      USERNAME,
      '--app',
      'Integration App',
      ...admin(),
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { evidence: EvidenceJson[]; findings: unknown[]; apps: string[]; app: string };
    expect(Object.keys(out)).toEqual(['instanceUrl', 'username', 'app', 'apps', 'evidence', 'findings']);
    expect(out.app).toBe('Integration App');
    expect(out.apps).toEqual(['Integration App', 'Org Check Admin']);
    expect(out.findings).toEqual([]);
    for (const e of out.evidence) {
      expect(Object.keys(e)).toEqual(['source', 'record', 'meaning']);
      expect(typeof e.meaning).toBe('string');
      expect(e.record).not.toHaveProperty('attributes');
    }
    const policy = out.evidence.find((e) => e.source === 'ConnectedApplication');
    expect(policy?.record).toMatchObject({ Name: 'Integration App', OptionsAllowAdminApprovedUsersOnly: false });
    expect(policy?.meaning).toContain('All users may self-authorize');
    expect(out.evidence.find((e) => e.source === 'User')?.record).toMatchObject({
      Username: USERNAME,
      IsActive: true,
      Profile: { Name: 'System Administrator' },
    });
    expectNoToken(stdout, stderr);
  });

  it('reads the token from stdin with --admin-token-file -; the readable summary lists the records', async () => {
    const { code, stdout, stderr } = await cli(
      ['org-check', '--username', USERNAME, '--admin-instance-url', emulator.urls.myDomain, '--admin-token-file', '-'],
      `${tokens.admin}\n`,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Seen in your org');
    expect(stdout).toContain('[User]');
    expect(stdout).toContain('[Organization]');
    expectNoToken(stdout, stderr);
  });

  it('an expired or revoked token is one coded finding; exit 1', async () => {
    const { code, stdout, stderr } = await cli(['org-check', '--username', USERNAME, ...admin('revoked'), '--json']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as { findings: { code: string; hint: string }[]; evidence: unknown[] };
    expect(out.findings.map((f) => f.code)).toEqual(['org-check-session-invalid']);
    expect(out.findings[0]?.hint).toContain('sf org login web');
    expect(out.evidence).toEqual([]);
    expectNoToken(stdout, stderr);
  });

  it('a session without View Setup gets one clear finding, not a wrong diagnosis', async () => {
    const { code, stdout } = await cli(['org-check', '--username', USERNAME, ...admin('viewer'), '--json']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as { findings: { code: string; message: string }[] };
    expect(out.findings.map((f) => f.code)).toEqual(['org-check-cannot-read-setup']);
    expect(out.findings[0]?.message).toContain('use an admin with View Setup and Configuration');
  });

  it('an app name the org lacks is a finding that lists its apps', async () => {
    const { code, stdout } = await cli(['org-check', '--username', USERNAME, '--app', 'No Such App', ...admin(), '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { findings: { code: string; message: string }[]; app: string | null };
    expect(out.findings.map((f) => f.code)).toEqual(['org-check-app-not-found']);
    expect(out.findings[0]?.message).toContain('Integration App, Org Check Admin');
    expect(out.app).toBeNull();
  });

  it('a username with spaces is a finding (the trimmed one is read); a wrong case still finds the user', async () => {
    const spaced = JSON.parse((await cli(['org-check', '--username', ` ${USERNAME} `, ...admin(), '--json'])).stdout) as {
      findings: { code: string }[];
      evidence: EvidenceJson[];
    };
    expect(spaced.findings.map((f) => f.code)).toEqual(['org-check-username-spaces']);
    expect(spaced.evidence.find((e) => e.source === 'User')?.record.Username).toBe(USERNAME);
    const upper = JSON.parse((await cli(['org-check', '--username', USERNAME.toUpperCase(), ...admin(), '--json'])).stdout) as {
      evidence: EvidenceJson[];
      findings: { code: string; hint: string }[];
    };
    expect(upper.evidence.find((e) => e.source === 'User')?.record.Username).toBe(USERNAME);
    expect(upper.findings.map((f) => f.code)).toEqual(['org-check-username-case']);
    expect(upper.findings[0]?.hint).toContain('Not the cause');
  });

  it('an org that answers HTML is a finding', async () => {
    const { code, stdout } = await cli(['org-check', '--username', USERNAME, ...admin('admin', () => html.url), '--json']);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { findings: { code: string }[] }).findings.map((f) => f.code)).toEqual(['org-check-not-json']);
  });

  it('never takes a token on the command line, and wants one connection', async () => {
    const onLine = await cli(['org-check', '--username', USERNAME, '--admin-token', tokens.admin!]);
    expect(onLine.code).toBe(2);
    expect(onLine.stderr).toContain('error [usage]');
    const both = await cli(['org-check', '--username', USERNAME, '--admin-org', 'acme', ...admin()]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
    const none = await cli(['org-check', '--username', USERNAME]);
    expect(none.stderr).toContain('error [org-check-not-connected]');
  });

  it('--admin-org without sf on PATH says so', async () => {
    const path = process.env.PATH;
    process.env.PATH = mkdtempSync(join(tmpdir(), 'no-sf-'));
    try {
      const { code, stderr } = await cli(['org-check', '--username', USERNAME, '--admin-org', 'acme']);
      expect(code).toBe(2);
      expect(stderr).toContain('error [org-check-sf-missing]');
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('sf-jwt-studio exchange --admin-…', () => {
  const exchange = (...more: string[]) => cli(exchangeArgs(emulator.urls.login, keyFile, ...more));

  it('without evidence: user-not-assigned first, and the question that tells the top two apart', async () => {
    const { code, stdout } = await exchange();
    expect(code).toBe(1);
    expect(stdout).toContain("1. The app's policies do not pre-authorize");
    expect(stdout).toContain('To tell the first two apart: Is Permitted Users set to "Admin approved users are pre-authorized"?');
    expect(stdout).toContain('Check in the org: add --admin-org ALIAS');
  });

  it('--json gains evidence, and the diagnosis computed with it names the self-authorize policy first', async () => {
    const { code, stdout, stderr } = await exchange(...admin(), '--app', 'Integration App', '--json');
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as {
      diagnosis: { code: string; evidence: string[] }[];
      evidence: EvidenceJson[];
      findings: [];
    };
    expect(Object.keys(out)).toEqual(['ok', 'status', 'response', 'diagnosis', 'evidence', 'findings']);
    expect(out.diagnosis[0]?.code).toBe('user-not-approved');
    expect(out.diagnosis[0]?.evidence[0]).toContain('Seen in your org (ConnectedApplication)');
    for (const e of out.evidence) expect(Object.keys(e)).toEqual(['source', 'record', 'meaning']);
    expect(out.evidence.map((e) => e.source)).toContain('LoginHistory');
    expect(out.findings).toEqual([]);
    expectNoToken(stdout, stderr);
  });

  it('the app preselected from Login History when --app is not given; the readable summary shows the evidence', async () => {
    const { stdout, stderr } = await exchange(...admin());
    expect(stdout).toContain('1. The user has not approved the app (self-authorize policy) [user-not-approved]');
    expect(stdout).toContain('Seen in your org');
    expect(stdout).toContain('[ConnectedApplication] "Integration App"');
    expectNoToken(stdout, stderr);
  });

  it('a revoked admin token: the finding, and the response-only diagnosis still shown', async () => {
    const { stdout } = await exchange(...admin('revoked'), '--json');
    const out = JSON.parse(stdout) as { diagnosis: { code: string }[]; findings: { code: string }[]; evidence: [] };
    expect(out.findings.map((f) => f.code)).toEqual(['org-check-session-invalid']);
    expect(out.evidence).toEqual([]);
    expect(out.diagnosis.slice(0, 2).map((c) => c.code)).toEqual(['user-not-assigned', 'user-not-approved']);
  });
});
