import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBearerAssertion } from '../../shared/jwt/sign-assertion';
import type { CauseCode } from '../../shared/salesforce/cause-code';
import type { DiagnosisContext } from '../../shared/salesforce/diagnose';
import { diagnoseTokenError } from '../../shared/salesforce/diagnose';
import { LOGIN_URL, myDomainUrl, TEST_URL } from '../../shared/salesforce/endpoints';
import {
  app,
  CONSUMER_KEY,
  type KeyPair,
  opensslKeyPair,
  signAssertion,
  USERNAME,
  user,
  workingConfig,
} from '../../test-support/emulator-test-kit';
import { type RunningEmulator, startEmulator } from '../emulator/emulator';
import type { EmulatorConfig } from '../emulator/emulator-config';
import { type TestLoginResult, testLogin } from './test-login';
import { postTokenRequest } from './token-exchange';

/**
 * Every Salesforce-side cause made to happen for real: the emulator misconfigured one way at a time, our
 * exchange sending a real request to it, and the diagnosis naming that cause first.
 */
let keys: KeyPair;
let otherKeys: KeyPair;
const running: RunningEmulator[] = [];

beforeAll(() => {
  keys = opensslKeyPair();
  otherKeys = opensslKeyPair();
});

afterAll(async () => {
  await Promise.all(running.map((e) => e.close()));
});

async function emulate(config: EmulatorConfig): Promise<RunningEmulator> {
  const emulator = await startEmulator(config);
  running.push(emulator);
  return emulator;
}

const ACME = myDomainUrl('acme');

async function sign(aud: string, overrides: { iss?: string; sub?: string; key?: string; now?: number; jti?: string } = {}) {
  return signBearerAssertion(overrides.key ?? keys.privateKeyPem, {
    iss: overrides.iss ?? CONSUMER_KEY,
    sub: overrides.sub ?? USERNAME,
    aud,
    expiresInSeconds: 180,
    ...(overrides.now !== undefined ? { now: overrides.now } : {}),
    ...(overrides.jti ? { jti: overrides.jti } : {}),
  });
}

let attempt = 0;
async function login(
  endpoint: string,
  playedHost: string,
  assertion: string,
  context: Omit<DiagnosisContext, 'endpointRole' | 'username'> = {},
): Promise<TestLoginResult> {
  attempt += 1;
  return testLogin({ attemptId: `a${attempt}`, endpoint, assertion, playedHost, context, transport: { timeoutMs: 5000 } });
}

function firstCause(result: TestLoginResult): CauseCode | undefined {
  return result.report.diagnosis[0]?.code;
}

describe('a working setup', () => {
  it('logs in, masks the token, proves it with the identity and the API versions', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const result = await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL));
    const { report } = result;
    expect(report.ok).toBe(true);
    expect(report.outcome).toMatchObject({ kind: 'response', status: 200 });
    expect(report.diagnosis).toEqual([]);
    expect(result.accessToken).toMatch(/^00D/);
    expect(report.success?.maskedToken).not.toContain(result.accessToken!);
    expect(JSON.stringify(report)).not.toContain(result.accessToken!);
    expect(report.success?.instanceUrl).toBe(emulator.urls.myDomain);
    expect(report.success?.tokenType).toBe('Bearer');
    expect(report.success?.scope).toContain('api');
    expect(report.success?.proof.identity?.username).toBe(USERNAME);
    expect(report.success?.proof.identity?.orgId).toMatch(/^00D/);
    expect(report.success?.proof.latestApiVersion?.version).toMatch(/^\d+\.0$/);
    expect(report.success?.proof.problems).toEqual([]);
    expect(report.success?.proof.org).toEqual({ id: report.success?.proof.identity?.orgId, name: 'Acme' });
    expect(report.success?.proof.user).toMatchObject({ username: USERNAME, profile: 'System Administrator' });
    expect(report.sent.url).toBe(`${emulator.urls.login}/services/oauth2/token`);
    expect(report.sent.body).toContain('grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=eyJ');
    expect(report.curl).toContain("--data-urlencode 'assertion=eyJ");
    expect(report.elapsedMs).toBeGreaterThanOrEqual(0);
  });
});

describe('Copy as curl', () => {
  it('is the full request: run by a shell, curl gets a token with it', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const { report } = await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL));
    expect(report.ok).toBe(true);
    // Async: the emulator answers from this process's event loop.
    const { stdout } = await promisify(execFile)('sh', ['-c', report.curl], { encoding: 'utf8' });
    expect(JSON.parse(stdout)).toMatchObject({ token_type: 'Bearer', instance_url: emulator.urls.myDomain });
  });
});

describe('each Salesforce answer is diagnosed with its cause first', () => {
  it('user-not-approved: self-authorize policy and the user never approved', async () => {
    const emulator = await emulate(
      workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { permittedUsers: 'self-authorize' })] }),
    );
    const result = await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL), { permittedUsers: 'self-authorize' });
    expect(firstCause(result)).toBe('user-not-approved');
  });

  it("user-not-assigned: admin-approved Connected App without the user's profile", async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { profiles: [] })] }));
    const result = await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL));
    expect(firstCause(result)).toBe('user-not-assigned');
    expect(result.report.diagnosis[0]?.fix.join(' ')).toContain('Manage Profiles');
  });

  it('user-not-assigned: External Client App answers invalid_app_access', async () => {
    const emulator = await emulate(
      workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { kind: 'external', profiles: [] })] }),
    );
    const result = await login(emulator.urls.myDomain, ACME, await sign(ACME), { appKind: 'external' });
    expect(firstCause(result)).toBe('user-not-assigned');
  });

  it('wrong-environment: a sandbox user sent to login.salesforce.com', async () => {
    const sandboxUser = `${USERNAME}.uat`;
    const emulator = await emulate(
      workingConfig(keys.certificatePem, {
        org: { type: 'sandbox', myDomain: 'acme', sandboxName: 'uat' },
        users: [user({ username: sandboxUser })],
      }),
    );
    const result = await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL, { sub: sandboxUser }));
    expect(firstCause(result)).toBe('wrong-environment');
  });

  it('audience-invalid: aud names test while the request went to login', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const result = await login(emulator.urls.login, LOGIN_URL, await sign(TEST_URL));
    expect(firstCause(result)).toBe('audience-invalid');
  });

  it("certificate-mismatch: signed by a key that is not the uploaded certificate's", async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const result = await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL, { key: otherKeys.privateKeyPem }), {
      certificateFingerprint: 'AA:BB',
    });
    expect(firstCause(result)).toBe('certificate-mismatch');
    expect(result.report.diagnosis[0]?.evidence[0]).toContain('AA:BB');
  });

  it('assertion-malformed: a payload that is not JSON', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const result = await login(emulator.urls.login, LOGIN_URL, 'eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2lnbmF0dXJl');
    expect(result.report.outcome).toMatchObject({ status: 400 });
    expect(firstCause(result)).toBe('assertion-malformed');
  });

  it('assertion-expired: signed ten minutes ago with a three-minute lifetime', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const result = await login(
      emulator.urls.login,
      LOGIN_URL,
      await sign(LOGIN_URL, { now: Math.floor(Date.now() / 1000) - 600 }),
    );
    expect(firstCause(result)).toBe('assertion-expired');
  });

  it('client-id-invalid: iss is not a Consumer Key of the org', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const result = await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL, { iss: `${CONSUMER_KEY}x` }));
    expect(firstCause(result)).toBe('client-id-invalid');
  });

  it('client-id-invalid with the claim named "Iss": the lint finding is the first evidence', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const payload = { Iss: CONSUMER_KEY, sub: USERNAME, aud: LOGIN_URL, exp: Math.floor(Date.now() / 1000) + 180 };
    const result = await login(emulator.urls.login, LOGIN_URL, await signAssertion(keys.privateKeyPem, payload));
    const [cause] = result.report.diagnosis;
    expect(cause?.code).toBe('client-id-invalid');
    expect(cause?.evidence[0]).toContain('claim-name-case');
  });

  it('app-not-propagated: the app was saved seconds ago', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { ageSeconds: 0 })] }));
    const result = await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL), { appAgeSeconds: 1 });
    expect(firstCause(result)).toBe('app-not-propagated');
  });

  it("grant-not-form-encoded: the tutorials' JSON body, params in headers, and grand_type", async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const assertion = await sign(LOGIN_URL);
    const url = `${emulator.urls.login}/services/oauth2/token`;
    const mistakes: { headers: Record<string, string>; body: string }[] = [
      {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
      },
      {
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion,
        },
        body: '',
      },
      {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `grand_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=${assertion}`,
      },
    ];
    for (const mistake of mistakes) {
      const { outcome } = await postTokenRequest(url, mistake, { timeoutMs: 5000 });
      expect(outcome).toMatchObject({ kind: 'response', status: 400 });
      const [cause] = diagnoseTokenError({ outcome, context: { endpointRole: 'login' } });
      expect(cause?.code).toBe('grant-not-form-encoded');
    }
  });

  it('external-app-needs-my-domain: an External Client App through login', async () => {
    const emulator = await emulate(
      workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { kind: 'external' })] }),
    );
    const result = await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL), { appKind: 'external' });
    expect(firstCause(result)).toBe('external-app-needs-my-domain');
  });

  it('algorithm-rejected: signed RS512', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const payload = { iss: CONSUMER_KEY, sub: USERNAME, aud: LOGIN_URL, exp: Math.floor(Date.now() / 1000) + 180 };
    const result = await login(
      emulator.urls.login,
      LOGIN_URL,
      await signAssertion(keys.privateKeyPem, payload, { alg: 'RS512' }),
    );
    expect(firstCause(result)).toBe('algorithm-rejected');
  });

  it("ip-or-hours-restricted: the profile's IP ranges exclude us", async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem, { users: [user({ ipRestricted: true })] }));
    expect(firstCause(await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL)))).toBe('ip-or-hours-restricted');
  });

  it('user-inactive: the user was deactivated', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem, { users: [user({ active: false })] }));
    expect(firstCause(await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL)))).toBe('user-inactive');
  });

  it('rate-limited: over the hourly logins of the user', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem, { rateLimitPerUserPerHour: 1 }));
    expect((await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL))).report.ok).toBe(true);
    expect(firstCause(await login(emulator.urls.login, LOGIN_URL, await sign(LOGIN_URL)))).toBe('rate-limited');
  });

  it('jti-replayed: the same assertion sent twice', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const assertion = await sign(LOGIN_URL, { jti: 'replay-me' });
    const first = await login(emulator.urls.login, LOGIN_URL, assertion);
    expect(first.report.ok).toBe(true);
    expect(first.jti).toBe('replay-me');
    const second = await login(emulator.urls.login, LOGIN_URL, assertion, { earlierJtis: [first.jti!] });
    expect(firstCause(second)).toBe('jti-replayed');
  });

  it('not-a-token-endpoint: a base URL with a path answers an HTML page', async () => {
    const emulator = await emulate(workingConfig(keys.certificatePem));
    const result = await login(`${emulator.urls.login}/s/login`, LOGIN_URL, await sign(LOGIN_URL));
    expect(result.report.outcome).toMatchObject({ kind: 'response', status: 404, body: { kind: 'html' } });
    expect(firstCause(result)).toBe('not-a-token-endpoint');
  });
});
