import { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_BEARER_GRANT } from '../../shared/salesforce/endpoints';
import { claims, opensslKeyPair, signAssertion, USERNAME, user, workingConfig } from '../../test-support/emulator-test-kit';
import { type RunningEmulator, startEmulator } from './emulator';
import type { EmulatorConfig } from './emulator-config';

/**
 * jsforce, a real Salesforce client, as the emulator's judge: it logs in with the JWT Bearer grant, then makes
 * the calls an integration makes. Whatever it cannot parse or refuses fails these tests.
 */
let keys: ReturnType<typeof opensslKeyPair>;
let production: RunningEmulator;
let sandbox: RunningEmulator;
const SANDBOX_USER = `${USERNAME}.uat`;

beforeAll(async () => {
  keys = opensslKeyPair();
  production = await startEmulator(workingConfig(keys.certificatePem));
  const sandboxConfig: EmulatorConfig = workingConfig(keys.certificatePem, {
    org: { type: 'sandbox', myDomain: 'acme', sandboxName: 'uat' },
    users: [user({ username: SANDBOX_USER })],
  });
  sandbox = await startEmulator(sandboxConfig);
});

afterAll(async () => {
  await production.close();
  await sandbox.close();
});

async function jsforceLogin(loginUrl: string, aud: string, sub: string): Promise<Connection> {
  const conn = new Connection({ loginUrl, version: '66.0' });
  await conn.authorize({
    grant_type: JWT_BEARER_GRANT,
    assertion: await signAssertion(keys.privateKeyPem, claims(aud, { sub })),
  });
  return conn;
}

const cases = [
  {
    org: 'production',
    through: 'login',
    url: () => production.urls.login,
    aud: 'https://login.salesforce.com',
    sub: USERNAME,
    sandbox: false,
  },
  {
    org: 'production',
    through: 'My Domain',
    url: () => production.urls.myDomain,
    aud: 'https://acme.my.salesforce.com',
    sub: USERNAME,
    sandbox: false,
  },
  {
    org: 'sandbox',
    through: 'test',
    url: () => sandbox.urls.test,
    aud: 'https://test.salesforce.com',
    sub: SANDBOX_USER,
    sandbox: true,
  },
];

describe.each(cases)('jsforce against the emulator: $org org through $through', (c) => {
  let conn: Connection;
  beforeAll(async () => {
    conn = await jsforceLogin(c.url(), c.aud, c.sub);
  });

  it('identity() names the user and the org', async () => {
    const id = await conn.identity();
    expect(id.username).toBe(c.sub);
    expect(id.organization_id).toMatch(/^00D\w{15}$/);
    expect(id.user_id).toMatch(/^005\w{15}$/);
  });

  it("query('SELECT Id, Name FROM Organization') reads the org", async () => {
    const result = await conn.query<{ Id: string; Name: string }>('SELECT Id, Name FROM Organization');
    expect(result.totalSize).toBe(1);
    expect(result.done).toBe(true);
    expect(result.records[0]?.Name).toBe('Acme');
    const org = await conn.query<{ IsSandbox: boolean }>('SELECT IsSandbox FROM Organization');
    expect(org.records[0]?.IsSandbox).toBe(c.sandbox);
  });

  it('a User query follows Profile.Name', async () => {
    const result = await conn.query<{ Username: string; Profile: { Name: string } }>(
      `SELECT Username, Profile.Name FROM User WHERE Username = '${c.sub}'`,
    );
    expect(result.records).toHaveLength(1);
    expect(result.records[0]?.Profile.Name).toBe('System Administrator');
  });

  it("sobject('Account').describe() lists the Name field", async () => {
    const describe = await conn.sobject('Account').describe();
    expect(describe.name).toBe('Account');
    expect(describe.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Id', 'Name', 'OwnerId']));
  });

  it('limits() reports the daily API requests, counted', async () => {
    const first = (await conn.limits()).DailyApiRequests;
    const second = (await conn.limits()).DailyApiRequests;
    expect(first?.Max).toBeGreaterThan(0);
    expect(second?.Remaining).toBe((first?.Remaining ?? 0) - 1);
  });

  it('a refused query reaches jsforce as the Salesforce error code', async () => {
    await expect(conn.query('SELECT Id FROM ScratchOrgInfo limit 1')).rejects.toMatchObject({ errorCode: 'INVALID_TYPE' });
  });
});
