import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CauseCode } from '../../shared/salesforce/cause-code';
import { LOGIN_URL, myDomainUrl, TEST_URL } from '../../shared/salesforce/endpoints';
import { cli, exchangeArgs } from '../../test-support/cli-harness';
import {
  app,
  CONSUMER_KEY,
  type KeyPair,
  opensslKeyPair,
  USERNAME,
  user,
  withEmulator,
  workingConfig,
} from '../../test-support/emulator-test-kit';
import { type RunningEmulator, startEmulator } from '../emulator/emulator';
import type { EmulatorConfig } from '../emulator/emulator-config';
import { audienceFor } from './exchange-command';

/** The exchange command against the emulator: a working org and one with the user's profile not assigned. */
let working: RunningEmulator;
let unassigned: RunningEmulator;
let keyFile: string;
let keys: KeyPair;
let otherKeys: KeyPair;

beforeAll(async () => {
  keys = opensslKeyPair();
  otherKeys = opensslKeyPair();
  keyFile = join(mkdtempSync(join(tmpdir(), 'exchange-cli-')), 'server.key');
  writeFileSync(keyFile, keys.privateKeyPem);
  working = await startEmulator(workingConfig(keys.certificatePem));
  unassigned = await startEmulator(workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { profiles: [] })] }));
});

afterAll(async () => {
  await Promise.all([working.close(), unassigned.close()]);
});

const args = (endpoint: string, ...more: string[]) => exchangeArgs(endpoint, keyFile, ...more);

describe('sf-jwt-studio exchange', () => {
  it('--json on success: ok, status 200, the token masked, no diagnosis; exit 0', async () => {
    const { code, stdout, stderr } = await cli(args(working.urls.login, '--json'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['ok', 'status', 'response', 'diagnosis', 'proof']);
    expect(out).toMatchObject({ ok: true, status: 200, diagnosis: [] });
    expect(out.proof).toMatchObject({
      identity: { username: USERNAME },
      org: { id: expect.stringMatching(/^00D/), name: 'Acme' },
      user: { username: USERNAME, profile: 'System Administrator' },
      problems: [],
    });
    expect(out.response.access_token).toMatch(/^00D.…/u);
    expect(out.response.access_token).toContain('hidden');
    expect(out.response.instance_url).toBe(working.urls.myDomain);
  });

  it('the readable summary shows the identity proof', async () => {
    const { code, stdout } = await cli(args(working.urls.login));
    expect(code).toBe(0);
    expect(stdout).toContain('HTTP 200');
    expect(stdout).toContain(`(${USERNAME}), org 00D`);
    expect(stdout).toMatch(/latest API: {3}v\d+\.0/);
    expect(stdout).toMatch(/org: {10}Acme \(00D\w+\)/);
    expect(stdout).toContain('profile:      System Administrator (user Jane Admin)');
  });

  it('--json on failure: the ranked diagnosis with the assignment fix; exit 1', async () => {
    const { code, stdout } = await cli(args(unassigned.urls.login, '--json'));
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.ok).toBe(false);
    expect(out.status).toBe(400);
    expect(out.response).toEqual({ error: 'invalid_grant', error_description: "user hasn't approved this consumer" });
    expect(out.diagnosis[0].code).toBe('user-not-assigned');
    expect(Object.keys(out.diagnosis[0])).toEqual(['code', 'title', 'evidence', 'fix']);
    expect(out.diagnosis[0].fix.join(' ')).toContain('Manage Profiles');
  });

  it('the readable failure names the first cause and its fix steps', async () => {
    const { code, stdout } = await cli(args(unassigned.urls.login));
    expect(code).toBe(1);
    expect(stdout).toContain("user hasn't approved this consumer");
    expect(stdout).toMatch(/1\. .*\[user-not-assigned\]/);
    expect(stdout).toContain('fix:');
  });

  it('requires --aud for a host that is not Salesforce, and derives it for one that is', async () => {
    const noAud = args(working.urls.login).filter((a) => a !== '--aud' && a !== LOGIN_URL);
    const { code, stderr } = await cli(noAud);
    expect(code).toBe(2);
    expect(stderr).toContain('error [aud-required]');
    expect(audienceFor('https://login.salesforce.com/')).toBe(LOGIN_URL);
    expect(audienceFor('https://acme--uat.sandbox.my.salesforce.com')).toBe('https://acme--uat.sandbox.my.salesforce.com');
    expect(audienceFor('https://acme.my.site.com/partners/')).toBe('https://acme.my.site.com/partners');
    expect(audienceFor('https://example.com')).toBeUndefined();
  });

  it('rejects a missing option with the usage', async () => {
    const { code, stderr } = await cli(['exchange', '--endpoint', LOGIN_URL]);
    expect(code).toBe(2);
    expect(stderr).toContain('error [usage]: --key is required.');
  });
});

/**
 * "Done when": every catalogue row the CLI can send is named first, with its fix, by the CLI too. Each case is
 * one misconfiguration of the emulated org (or of the command line); the JSON's first cause is asserted.
 */
describe('sf-jwt-studio exchange names each cause first against a misconfigured emulator', () => {
  interface CliCase {
    expected: CauseCode;
    config?: (certificatePem: string) => EmulatorConfig;
    role?: 'login' | 'myDomain';
    /** Options replacing the defaults (same flag given twice: the last one wins in node:util parseArgs). */
    extra?: string[];
  }
  const cases: CliCase[] = [
    {
      expected: 'wrong-environment',
      config: (pem) =>
        workingConfig(pem, {
          org: { type: 'sandbox', myDomain: 'acme', sandboxName: 'uat' },
          users: [user({ username: `${USERNAME}.uat` })],
        }),
      extra: ['--username', `${USERNAME}.uat`],
    },
    { expected: 'audience-invalid', extra: ['--aud', TEST_URL] },
    { expected: 'certificate-mismatch', config: () => workingConfig(otherKeys.certificatePem) },
    { expected: 'client-id-invalid', extra: ['--client-id', `${CONSUMER_KEY}x`] },
    {
      expected: 'external-app-needs-my-domain',
      config: (pem) => workingConfig(pem, { apps: [app(pem, { kind: 'external' })] }),
    },
    {
      expected: 'user-not-assigned',
      config: (pem) => workingConfig(pem, { apps: [app(pem, { kind: 'external', profiles: [] })] }),
      role: 'myDomain',
      extra: ['--aud', myDomainUrl('acme')],
    },
    { expected: 'user-inactive', config: (pem) => workingConfig(pem, { users: [user({ active: false })] }) },
    { expected: 'ip-or-hours-restricted', config: (pem) => workingConfig(pem, { users: [user({ ipRestricted: true })] }) },
    { expected: 'rate-limited', config: (pem) => workingConfig(pem, { rateLimitPerUserPerHour: 0 }) },
  ];
  for (const c of cases) {
    it(`${c.expected}${c.extra ? ` (${c.extra.join(' ')})` : ''}`, async () => {
      const config = c.config?.(keys.certificatePem) ?? workingConfig(keys.certificatePem);
      await withEmulator(config, async (emulator) => {
        const { code, stdout } = await cli(args(emulator.urls[c.role ?? 'login'], ...(c.extra ?? []), '--json'));
        expect(code).toBe(1);
        const [first] = JSON.parse(stdout).diagnosis;
        expect(first.code).toBe(c.expected);
        expect(first.fix.length).toBeGreaterThan(0);
      });
    });
  }

  it('transport failures: an unused port is connection-refused, a name under .invalid is dns-failure', async () => {
    const closed = await startEmulator(workingConfig(keys.certificatePem));
    const deadUrl = closed.urls.login;
    await closed.close();
    const refused = await cli(args(deadUrl, '--json'));
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, status: null, diagnosis: [{ code: 'connection-refused' }] });
    const dns = await cli(args('https://nothing-here.invalid', '--json'));
    expect(JSON.parse(dns.stdout).diagnosis[0].code).toBe('dns-failure');
  });
});
