import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  app,
  CONSUMER_KEY,
  claims,
  type KeyPair,
  opensslKeyPair,
  requestToken,
  signAssertion,
  USERNAME,
  user,
  withEmulator,
  workingConfig,
} from '../../test-support/emulator-test-kit';
import type { RunningEmulator } from './emulator';
import type { EmulatorConfig } from './emulator-config';

const LOGIN = 'https://login.salesforce.com';
const TEST = 'https://test.salesforce.com';
const MY_DOMAIN = 'https://acme.my.salesforce.com';
const SANDBOX_MY_DOMAIN = 'https://acme--uat.sandbox.my.salesforce.com';

let keys: KeyPair;
let otherKeys: KeyPair;

beforeAll(() => {
  keys = opensslKeyPair();
  otherKeys = opensslKeyPair();
});

type Role = keyof RunningEmulator['urls'];

interface Attempt {
  role?: Role;
  payload?: Record<string, unknown>;
  header?: Record<string, unknown>;
  signingKey?: string;
}

/** Starts the org, sends one assertion through one role, and returns the answer with the Login History. */
async function attempt(config: EmulatorConfig, { role = 'login', payload, header, signingKey }: Attempt = {}) {
  return withEmulator(config, async (emulator) => {
    const assertion = await signAssertion(signingKey ?? keys.privateKeyPem, payload ?? claims(LOGIN), header);
    const answer = await requestToken(emulator.urls[role], assertion);
    return { answer, history: emulator.loginHistory(), urls: emulator.urls };
  });
}

function expectError(answer: Answer, error: string, description: string): void {
  expect(answer.status).toBe(400);
  expect(answer.body).toEqual({ error, error_description: description });
}

const sandboxOrg = (): EmulatorConfig['org'] => ({ type: 'sandbox', myDomain: 'acme', sandboxName: 'uat' });

describe('a working setup', () => {
  it('gets a Salesforce-shaped token whose instance is the My Domain role', async () => {
    const { answer, urls } = await attempt(workingConfig(keys.certificatePem));
    expect(answer.status).toBe(200);
    const body = answer.body as {
      access_token: string;
      scope: string;
      instance_url: string;
      id: string;
      token_type: string;
      issued_at: string;
      signature: string;
    };
    expect(body.access_token).toMatch(/^00D[A-Za-z0-9]{12}!AR[A-Za-z0-9._]{20,}$/);
    expect(body.scope).toBe('api refresh_token offline_access');
    expect(body.instance_url).toBe(urls.myDomain);
    expect(body.id).toMatch(new RegExp(`^${urls.myDomain}/id/00D[A-Za-z0-9]{15}/005[A-Za-z0-9]{15}$`));
    expect(body.access_token.slice(0, 15)).toBe(body.id.split('/id/')[1]!.slice(0, 15));
    expect(body.token_type).toBe('Bearer');
    expect(Number(body.issued_at)).toBeGreaterThan(0);
    expect(body.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(answer.contentType).toContain('application/json');
  });

  it('succeeds on the My Domain with the My Domain as aud', async () => {
    const { answer } = await attempt(workingConfig(keys.certificatePem), { role: 'myDomain', payload: claims(MY_DOMAIN) });
    expect(answer.status).toBe(200);
  });

  it('succeeds for a sandbox through test and through the sandbox My Domain', async () => {
    const config = workingConfig(keys.certificatePem, { org: sandboxOrg() });
    expect((await attempt(config, { role: 'test', payload: claims(TEST) })).answer.status).toBe(200);
    expect((await attempt(config, { role: 'myDomain', payload: claims(SANDBOX_MY_DOMAIN) })).answer.status).toBe(200);
  });

  it('gives each request a different access token', async () => {
    await withEmulator(workingConfig(keys.certificatePem), async (emulator) => {
      const first = await requestToken(emulator.urls.login, await signAssertion(keys.privateKeyPem, claims(LOGIN)));
      const second = await requestToken(emulator.urls.login, await signAssertion(keys.privateKeyPem, claims(LOGIN)));
      expect((first.body as { access_token: string }).access_token).not.toBe(
        (second.body as { access_token: string }).access_token,
      );
    });
  });
});

describe('the assertion itself', () => {
  const run = (assertion: string | undefined) =>
    withEmulator(workingConfig(keys.certificatePem), (emulator) => requestToken(emulator.urls.login, assertion));

  it('refuses a missing assertion as invalid assertion', async () => {
    expectError(await run(undefined), 'invalid_grant', 'invalid assertion');
  });

  it('refuses text that is not a JWT, such as the private key pasted in', async () => {
    expectError(await run('not-a-jwt'), 'invalid_grant', 'invalid assertion');
    expectError(await run(keys.privateKeyPem), 'invalid_grant', 'invalid assertion');
  });

  it('refuses standard base64 with padding and line breaks (the help page example trap)', async () => {
    const good = await signAssertion(keys.privateKeyPem, claims(LOGIN));
    const [h, p, s] = good.split('.') as [string, string, string];
    const standard = (segment: string) => Buffer.from(segment, 'base64url').toString('base64');
    expect(standard(p)).toMatch(/[=+/]/);
    expectError(await run([standard(h), standard(p), standard(s)].join('.')), 'invalid_grant', 'invalid assertion');
    expectError(await run(`${h}.${p.slice(0, 20)}\n${p.slice(20)}.${s}`), 'invalid_grant', 'invalid assertion');
  });

  it('refuses an alg other than RS256 as invalid client credentials: RS512, HS256, none', async () => {
    const config = workingConfig(keys.certificatePem);
    for (const alg of ['RS512', 'HS256']) {
      expectError((await attempt(config, { header: { alg } })).answer, 'invalid_client', 'invalid client credentials');
    }
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims(LOGIN))).toString('base64url')}.`;
    expectError(await run(unsigned), 'invalid_client', 'invalid client credentials');
  });

  it('refuses a client_secret sent along as invalid client credentials', async () => {
    const answer = await withEmulator(workingConfig(keys.certificatePem), async (emulator) =>
      requestToken(emulator.urls.login, await signAssertion(keys.privateKeyPem, claims(LOGIN)), { client_secret: 'shh' }),
    );
    expectError(answer, 'invalid_client', 'invalid client credentials');
  });
});

describe('the app', () => {
  it('does not know an iss that is not a Consumer Key of the org', async () => {
    const { answer } = await attempt(workingConfig(keys.certificatePem), { payload: claims(LOGIN, { iss: `${CONSUMER_KEY} ` }) });
    expectError(answer, 'invalid_client_id', 'client identifier invalid');
  });

  it('does not read "Iss": claim names are case-sensitive', async () => {
    const { iss, ...rest } = claims(LOGIN);
    const { answer } = await attempt(workingConfig(keys.certificatePem), { payload: { Iss: iss, ...rest } });
    expectError(answer, 'invalid_client_id', 'client identifier invalid');
  });

  it('does not know an app saved less than 120 s ago, and knows it once it has propagated', async () => {
    let clock = Date.now();
    const config = workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { ageSeconds: 30 })] });
    await withEmulator(
      config,
      async (emulator) => {
        const early = await requestToken(emulator.urls.login, await signAssertion(keys.privateKeyPem, claims(LOGIN, {}, clock)));
        expectError(early, 'invalid_client_id', 'client identifier invalid');
        clock += 91_000;
        const later = await requestToken(emulator.urls.login, await signAssertion(keys.privateKeyPem, claims(LOGIN, {}, clock)));
        expect(later.status).toBe(200);
      },
      { now: () => clock },
    );
  });

  it('answers app_not_found for an External Client App reached through login or test', async () => {
    const external = workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { kind: 'external' })] });
    const viaLogin = await attempt(external);
    expectError(viaLogin.answer, 'app_not_found', 'External client app is not installed in this org');
    const sandboxExternal = { ...external, org: sandboxOrg() };
    const viaTest = await attempt(sandboxExternal, { role: 'test', payload: claims(TEST) });
    expectError(viaTest.answer, 'app_not_found', 'External client app is not installed in this org');
    const viaMyDomain = await attempt(external, { role: 'myDomain', payload: claims(MY_DOMAIN) });
    expect(viaMyDomain.answer.status).toBe(200);
  });

  it('refuses a sandbox reached through login: the user has not approved the app there', async () => {
    const config = workingConfig(keys.certificatePem, { org: sandboxOrg() });
    const { answer, history } = await attempt(config, { role: 'login', payload: claims(LOGIN) });
    expectError(answer, 'invalid_grant', "user hasn't approved this consumer");
    expect(history[0]?.status).toBe('Failed: Not approved for access');
  });

  it('refuses a production org reached through test the same way', async () => {
    const { answer } = await attempt(workingConfig(keys.certificatePem), { role: 'test', payload: claims(TEST) });
    expectError(answer, 'invalid_grant', "user hasn't approved this consumer");
  });
});

describe('signature, audience, expiry, replay', () => {
  it('refuses a signature not made by the key of the uploaded certificate', async () => {
    const { answer, history } = await attempt(workingConfig(keys.certificatePem), { signingKey: otherKeys.privateKeyPem });
    expectError(answer, 'invalid_grant', 'invalid assertion');
    expect(history[0]?.status).toBe('Failed: Signature Invalid');
  });

  it('refuses an aud that is not the host the role plays', async () => {
    const config = workingConfig(keys.certificatePem);
    const wrong = [TEST, MY_DOMAIN, `${LOGIN}/`, [LOGIN], 'http://127.0.0.1', `${LOGIN}/services/oauth2/token`];
    await withEmulator(config, async (emulator) => {
      for (const aud of wrong) {
        const answer = await requestToken(emulator.urls.login, await signAssertion(keys.privateKeyPem, claims(aud)));
        expectError(answer, 'invalid_grant', 'audience is invalid');
      }
      const viaMyDomain = await requestToken(emulator.urls.myDomain, await signAssertion(keys.privateKeyPem, claims(TEST)));
      expectError(viaMyDomain, 'invalid_grant', 'audience is invalid');
      expect(emulator.loginHistory()[0]?.status).toBe('Failed: Audience Invalid');
    });
  });

  it("accepts a Connected App's legacy login aud on My Domain (what the sf CLI sends), not an External Client App's", async () => {
    const connected = await attempt(workingConfig(keys.certificatePem), { role: 'myDomain', payload: claims(LOGIN) });
    expect(connected.answer.status).toBe(200);
    const config = workingConfig(keys.certificatePem);
    const external: EmulatorConfig = { ...config, apps: config.apps.map((a) => ({ ...a, kind: 'external' as const })) };
    const refused = await attempt(external, { role: 'myDomain', payload: claims(LOGIN) });
    expectError(refused.answer, 'invalid_grant', 'audience is invalid');
  });

  it('refuses an exp more than 3 minutes past, allows the clock skew within', async () => {
    const config = workingConfig(keys.certificatePem);
    const now = Math.floor(Date.now() / 1000);
    const expired = await attempt(config, { payload: claims(LOGIN, { exp: now - 200 }) });
    expectError(expired.answer, 'invalid_grant', 'expired authorization code');
    const withinSkew = await attempt(config, { payload: claims(LOGIN, { exp: now - 150 }) });
    expect(withinSkew.answer.status).toBe(200);
  });

  it('accepts an exp as a numeric string and an exp in milliseconds (no maximum lifetime)', async () => {
    const config = workingConfig(keys.certificatePem);
    const asString = await attempt(config, { payload: claims(LOGIN, { exp: String(Math.floor(Date.now() / 1000) + 120) }) });
    expect(asString.answer.status).toBe(200);
    const inMs = await attempt(config, { payload: claims(LOGIN, { exp: Date.now() + 300 }) });
    expect(inMs.answer.status).toBe(200);
  });

  it('refuses an assertion without exp as invalid assertion', async () => {
    const { exp, ...noExp } = claims(LOGIN);
    expect(exp).toBeDefined();
    const { answer } = await attempt(workingConfig(keys.certificatePem), { payload: noExp });
    expectError(answer, 'invalid_grant', 'invalid assertion');
  });

  it('refuses a jti it has seen before', async () => {
    await withEmulator(workingConfig(keys.certificatePem), async (emulator) => {
      const assertion = await signAssertion(keys.privateKeyPem, claims(LOGIN, { jti: 'once-only' }));
      expect((await requestToken(emulator.urls.login, assertion)).status).toBe(200);
      expectError(await requestToken(emulator.urls.login, assertion), 'invalid_grant', 'invalid assertion');
      const fresh = await signAssertion(keys.privateKeyPem, claims(LOGIN, { jti: 'another' }));
      expect((await requestToken(emulator.urls.login, fresh)).status).toBe(200);
    });
  });
});

describe('the user', () => {
  it('refuses a username the org does not have as not approved', async () => {
    const { answer, history } = await attempt(workingConfig(keys.certificatePem), {
      payload: claims(LOGIN, { sub: 'nobody@acme.com' }),
    });
    expectError(answer, 'invalid_grant', "user hasn't approved this consumer");
    expect(history).toEqual([]);
  });

  it('reads prn before sub when both are present', async () => {
    const config = workingConfig(keys.certificatePem);
    const prnWins = await attempt(config, { payload: claims(LOGIN, { sub: 'nobody@acme.com', prn: USERNAME }) });
    expect(prnWins.answer.status).toBe(200);
    const prnUnknown = await attempt(config, { payload: claims(LOGIN, { sub: USERNAME, prn: 'nobody@acme.com' }) });
    expectError(prnUnknown.answer, 'invalid_grant', "user hasn't approved this consumer");
  });

  it('refuses an inactive user', async () => {
    const { answer } = await attempt(workingConfig(keys.certificatePem, { users: [user({ active: false })] }));
    expectError(answer, 'inactive_user', 'user is inactive');
  });

  it('refuses a user restricted by IP ranges or login hours', async () => {
    const { answer } = await attempt(workingConfig(keys.certificatePem, { users: [user({ ipRestricted: true })] }));
    expectError(answer, 'invalid_grant', 'IP restricted or invalid login hours');
  });
});

describe('access to the app (Permitted Users)', () => {
  const selfAuthorize = (approvedUsers: string[], scopes = ['api', 'refresh_token', 'offline_access']) =>
    workingConfig(keys.certificatePem, {
      apps: [app(keys.certificatePem, { permittedUsers: 'self-authorize', profiles: [], approvedUsers, scopes })],
    });

  it('self-authorize: refuses a user who never approved the Connected App', async () => {
    expectError((await attempt(selfAuthorize([]))).answer, 'invalid_grant', "user hasn't approved this consumer");
    expect((await attempt(selfAuthorize([USERNAME]))).answer.status).toBe(200);
  });

  it('self-authorize: an approval does not carry over without the refresh_token, offline_access scope', async () => {
    expectError(
      (await attempt(selfAuthorize([USERNAME], ['api']))).answer,
      'invalid_grant',
      "user hasn't approved this consumer",
    );
  });

  it('admin-approved: refuses a user whose profile and permission sets are not assigned to the Connected App', async () => {
    const config = workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { profiles: ['Standard User'] })] });
    expectError((await attempt(config)).answer, 'invalid_grant', "user hasn't approved this consumer");
  });

  it('admin-approved: a permission set assigned to the app lets the user in', async () => {
    const config = workingConfig(keys.certificatePem, {
      users: [user({ permissionSets: ['JWT Integration'] })],
      apps: [app(keys.certificatePem, { profiles: [], permissionSets: ['JWT Integration'] })],
    });
    expect((await attempt(config)).answer.status).toBe(200);
  });

  it('External Client App: an unassigned user is not admin approved', async () => {
    const config = workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { kind: 'external', profiles: [] })] });
    const { answer, history } = await attempt(config, { role: 'myDomain', payload: claims(MY_DOMAIN) });
    expectError(answer, 'invalid_app_access', 'user is not admin approved to access this app');
    expect(history[0]?.status).toBe('Failed: Not approved for access');
  });

  it('External Client App, self-authorize: a user who never approved is not admin approved', async () => {
    const config = workingConfig(keys.certificatePem, {
      apps: [app(keys.certificatePem, { kind: 'external', permittedUsers: 'self-authorize', profiles: [] })],
    });
    const { answer } = await attempt(config, { role: 'myDomain', payload: claims(MY_DOMAIN) });
    expectError(answer, 'invalid_app_access', 'user is not admin approved to access this app');
  });
});

describe('the hourly login limit', () => {
  it('refuses logins over rateLimitPerUserPerHour until the hour has passed', async () => {
    let clock = Date.now();
    await withEmulator(
      workingConfig(keys.certificatePem, { rateLimitPerUserPerHour: 2 }),
      async (emulator) => {
        const login = async () =>
          requestToken(emulator.urls.login, await signAssertion(keys.privateKeyPem, claims(LOGIN, {}, clock)));
        expect((await login()).status).toBe(200);
        expect((await login()).status).toBe(200);
        expectError(await login(), 'rate_limit_exceeded', 'ip/user rate limit exceeded');
        clock += 3_600_001;
        expect((await login()).status).toBe(200);
      },
      { now: () => clock },
    );
  });
});
