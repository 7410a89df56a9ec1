import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_URL } from '../../shared/salesforce/endpoints';
import {
  app,
  claims,
  ORG_ADMIN,
  opensslKeyPair,
  orgAdminApp,
  orgAdminToken,
  signAssertion,
  USERNAME,
  user,
  workingConfig,
} from '../../test-support/emulator-test-kit';
import { startTestWebHost, type TestWebHost } from '../../test-support/web-host-client';
import { type RunningEmulator, startEmulator } from '../emulator/emulator';

/** The orgCheck.* methods over the web host: the pasted admin token goes in, only its masked form comes out. */
const ADMIN_KEY = '3MVG9orgCheckAdminConsumerKey.web321';
const keys = opensslKeyPair();
let host: TestWebHost;
let emulator: RunningEmulator;
let token: string;

async function call(method: string, input?: unknown) {
  const { raw } = await host.callRaw(method, input);
  expect(raw).not.toContain(token);
  // biome-ignore lint/suspicious/noExplicitAny: each test reads the JSON answer of a different method
  return JSON.parse(raw) as { ok: boolean; value?: any; error?: { code: string } };
}

beforeAll(async () => {
  host = await startTestWebHost();
  emulator = await startEmulator(
    workingConfig(keys.certificatePem, {
      users: [user(), user({ username: ORG_ADMIN })],
      apps: [app(keys.certificatePem, { permittedUsers: 'self-authorize' }), orgAdminApp(keys.certificatePem, ADMIN_KEY)],
    }),
  );
  token = await orgAdminToken(emulator.urls.login, keys.privateKeyPem, ADMIN_KEY);
});

afterAll(async () => {
  await Promise.all([host.close(), emulator.close()]);
});

describe('orgCheck over the web host', () => {
  it('refuses to run before a connection', async () => {
    expect(await call('orgCheck.run', { username: USERNAME })).toMatchObject({
      ok: false,
      error: { code: 'org-check-not-connected' },
    });
    expect(await call('orgCheck.connection')).toEqual({ ok: true, value: null });
  });

  it("connects with a pasted token (masked back), and recomputes a test login's diagnosis with the evidence", async () => {
    const connected = await call('orgCheck.connectToken', { instanceUrl: emulator.urls.myDomain, accessToken: token });
    expect(connected.value).toMatchObject({ source: 'pasted', instanceUrl: emulator.urls.myDomain, label: 'pasted token' });
    expect(connected.value.maskedToken).toContain('hidden');
    expect((await call('orgCheck.connection')).value).toEqual(connected.value);

    const assertion = await signAssertion(keys.privateKeyPem, claims(LOGIN_URL, { jti: crypto.randomUUID() }));
    const attempt = await call('exchange.run', { attemptId: 'a1', endpoint: emulator.urls.login, assertion });
    expect(attempt.value.diagnosis[0].code).toBe('user-not-assigned');

    const checked = await call('orgCheck.run', { username: USERNAME, attemptId: 'a1' });
    expect(checked.value.report.app).toBe('Integration App');
    expect(checked.value.report.evidence.map((e: { source: string }) => e.source)).toContain('ConnectedApplication');
    expect(checked.value.diagnosis[0].code).toBe('user-not-approved');

    const unknownAttempt = await call('orgCheck.run', { username: USERNAME, attemptId: 'never-ran' });
    expect(unknownAttempt.value.diagnosis).toBeUndefined();
  });

  it('disconnects: the token is forgotten', async () => {
    expect(await call('orgCheck.disconnect')).toEqual({ ok: true, value: { connected: false } });
    expect(await call('orgCheck.run', { username: USERNAME })).toMatchObject({
      ok: false,
      error: { code: 'org-check-not-connected' },
    });
  });

  it('keeps a pasted token only when asked: sealed in the workspace, back after a restart, gone after a disconnect', async () => {
    const workspaceFile = () => readFileSync(join(host.dataDir, 'workspace.json'), 'utf8');
    const unkept = await call('orgCheck.connectToken', { instanceUrl: emulator.urls.myDomain, accessToken: token });
    expect(unkept.value.kept).toBe(false);
    expect(workspaceFile()).not.toContain('adminToken');

    const kept = await call('orgCheck.connectToken', { instanceUrl: emulator.urls.myDomain, accessToken: token, keep: true });
    expect(kept.value.kept).toBe(true);
    const file = workspaceFile();
    expect(file).toContain('adminToken');
    expect(file).not.toContain(token);
    expect(file).not.toContain(token.split('!')[1]);

    const dataDir = host.dataDir;
    await host.close();
    host = await startTestWebHost({ dataDir });
    expect((await call('orgCheck.connection')).value).toEqual(kept.value);
    const checked = await call('orgCheck.run', { username: USERNAME });
    expect(checked.value.report.evidence.length).toBeGreaterThan(0);

    await call('orgCheck.disconnect');
    expect(workspaceFile()).not.toContain('adminToken');
    await host.close();
    host = await startTestWebHost({ dataDir });
    expect(await call('orgCheck.connection')).toEqual({ ok: true, value: null });
  });

  it('refuses a plain-http instance URL that is not the loopback emulator', async () => {
    const answer = await call('orgCheck.connectToken', { instanceUrl: 'http://acme.my.salesforce.com', accessToken: token });
    expect(answer).toMatchObject({ ok: false, error: { code: 'org-check-bad-instance-url' } });
  });
});
