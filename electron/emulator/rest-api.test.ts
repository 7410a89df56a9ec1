import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  claims,
  type IssuedToken,
  issueToken,
  opensslKeyPair,
  requestToken,
  send,
  signAssertion,
  USERNAME,
  user,
  workingConfig,
} from '../../test-support/emulator-test-kit';
import { type RunningEmulator, startEmulator } from './emulator';
import { DAILY_API_REQUESTS } from './rest-api';

/** The REST API a client calls with the token: resources, queries, describes, records, limits, UserInfo, revoke. */
let emulator: RunningEmulator;
let keys: ReturnType<typeof opensslKeyPair>;
let token: IssuedToken;
const v = '/services/data/v66.0';
const LOGIN = 'https://login.salesforce.com';

beforeAll(async () => {
  keys = opensslKeyPair();
  const config = workingConfig(keys.certificatePem, {
    org: { type: 'production', myDomain: 'acme', name: 'Acme Corporation' },
    users: [user({ name: 'Jane Q. Admin' }), user({ username: 'other.user@acme.com', profile: 'Standard User' })],
  });
  emulator = await startEmulator(config);
  token = await issueToken(emulator.urls.login, keys.privateKeyPem, LOGIN);
});

afterAll(() => emulator.close());

const get = (path: string, accessToken = token.access_token) => send(`${token.instance_url}${path}`, bearer(accessToken));
const q = (soql: string, resource = 'query') => get(`${v}/${resource}?q=${encodeURIComponent(soql)}`);

describe('REST API resources', () => {
  it('lists the resources of a version, with the identity URL jsforce follows', async () => {
    const answer = await get(`${v}/`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      query: `${v}/query`,
      sobjects: `${v}/sobjects`,
      limits: `${v}/limits`,
      identity: token.id,
    });
  });

  it('runs SOQL through query and queryAll, shaped as Salesforce answers', async () => {
    for (const resource of ['query', 'queryAll']) {
      const answer = await q('SELECT Id, Name FROM Organization', resource);
      expect(answer.status).toBe(200);
      const body = answer.body as { totalSize: number; done: boolean; records: Record<string, unknown>[] };
      expect(body).toMatchObject({ totalSize: 1, done: true });
      expect(body.records[0]).toMatchObject({ attributes: { type: 'Organization' }, Name: 'Acme Corporation' });
    }
    const me = await q(`SELECT Name, Profile.Name FROM User WHERE Username = '${USERNAME}'`);
    expect((me.body as { records: unknown[] }).records[0]).toMatchObject({
      Name: 'Jane Q. Admin',
      Profile: { Name: 'System Administrator' },
    });
  });

  it("describes a query's columns (columns=true), as the sf CLI's data query reads them", async () => {
    const answer = await get(`${v}/query?q=${encodeURIComponent('SELECT Id, Username, Profile.Name FROM User')}&columns=true`);
    expect(answer.status).toBe(200);
    const body = answer.body as { columnMetadata: { columnName: string; displayName: string; joinColumns: unknown[] }[] };
    expect(body).toMatchObject({ entityName: 'User', idSelected: true, keyPrefix: '005' });
    expect(body.columnMetadata.map((c) => c.columnName)).toEqual(['Id', 'Username', 'Profile']);
    expect(body.columnMetadata[2]).toMatchObject({
      foreignKeyName: 'ProfileId',
      joinColumns: [{ columnName: 'Name', displayName: 'Profile.Name', apexType: 'String', joinColumns: [] }],
    });
    const refused = await get(`${v}/query?q=${encodeURIComponent('SELECT Nope FROM User')}&columns=true`);
    expect(refused.status).toBe(400);
  });

  it('answers a refused query with the REST error array, 400', async () => {
    const cases: [string, string][] = [
      ['SELECT Id FROM ScratchOrgInfo limit 1', 'INVALID_TYPE'],
      ['SELECT Nope FROM User', 'INVALID_FIELD'],
      ['SELECT FROM', 'MALFORMED_QUERY'],
    ];
    for (const [soql, errorCode] of cases) {
      const answer = await q(soql);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual([{ message: expect.stringContaining('ERROR at Row:1'), errorCode }]);
    }
    const missing = await get(`${v}/query`);
    expect(missing.body).toEqual([{ message: 'A query string has to be specified', errorCode: 'MALFORMED_QUERY' }]);
  });

  it('writes Login History as logins happen, with Salesforce statuses, and sets LastLoginDate', async () => {
    await requestToken(emulator.urls.login, await signAssertion(keys.privateKeyPem, claims('https://test.salesforce.com')));
    const answer = await q(
      'SELECT UserId, Status, Application, LoginType, LoginUrl, SourceIp, LoginTime FROM LoginHistory WHERE LoginTime = TODAY ORDER BY LoginTime DESC',
    );
    const records = (answer.body as { records: Record<string, unknown>[] }).records;
    const statuses = records.map((r) => r.Status);
    expect(statuses).toContain('Failed: Audience Invalid');
    expect(statuses).toContain('Success');
    expect(records[0]).toMatchObject({
      UserId: token.id.split('/').at(-1),
      Application: 'Integration App',
      LoginType: 'Remote Access 2.0',
      LoginUrl: 'login.salesforce.com',
      SourceIp: '127.0.0.1',
      LoginTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/),
    });
    const me = await q(`SELECT LastLoginDate FROM User WHERE Username = '${USERNAME}'`);
    expect((me.body as { records: { LastLoginDate: string | null }[] }).records[0]?.LastLoginDate).not.toBeNull();
  });

  it('answers the tooling query the sf CLI sends with no sandbox processes on a production org', async () => {
    const answer = await q("SELECT Id, Status FROM SandboxProcess WHERE Status != 'D'", 'tooling/query');
    expect(answer).toMatchObject({ status: 200, body: { totalSize: 0, done: true, records: [] } });
  });

  it('describes the objects, one object, and reads a record by id', async () => {
    const global = (await get(`${v}/sobjects/`)).body as { sobjects: { name: string }[] };
    expect(global.sobjects.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Account', 'User', 'ConnectedApplication', 'LoginHistory']),
    );
    const account = (await get(`${v}/sobjects/Account/describe`)).body as {
      name: string;
      keyPrefix: string;
      fields: { name: string; type: string }[];
    };
    expect(account).toMatchObject({ name: 'Account', keyPrefix: '001' });
    expect(account.fields).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Name', type: 'string' })]));
    const info = await get(`${v}/sobjects/account`);
    expect(info.body).toMatchObject({ objectDescribe: { name: 'Account' }, recentItems: [] });
    const userId = token.id.split('/').at(-1)!;
    const record = await get(`${v}/sobjects/User/${userId}`);
    expect(record.body).toMatchObject({ attributes: { type: 'User' }, Id: userId, Username: USERNAME, IsActive: true });
    expect((await get(`${v}/sobjects/User/005000000000000AAA`)).status).toBe(404);
    expect((await get(`${v}/sobjects/Nope/describe`)).body).toEqual([
      { message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' },
    ]);
  });

  it('counts each call in limits as DailyApiRequests', async () => {
    const first = (await get(`${v}/limits`)).body as { DailyApiRequests: { Max: number; Remaining: number } };
    await get(`${v}/`);
    const second = (await get(`${v}/limits`)).body as typeof first;
    expect(first.DailyApiRequests.Max).toBe(DAILY_API_REQUESTS);
    expect(first.DailyApiRequests.Remaining - second.DailyApiRequests.Remaining).toBe(2);
  });

  it('answers UserInfo to the token', async () => {
    const answer = await get('/services/oauth2/userinfo');
    expect(answer.body).toMatchObject({
      sub: token.id,
      preferred_username: USERNAME,
      name: 'Jane Q. Admin',
      organization_id: token.id.split('/')[4],
    });
  });

  it('refuses a wrong method, an unknown version and an unknown resource with JSON', async () => {
    const post = await send(`${token.instance_url}${v}/query?q=SELECT+Id+FROM+User`, {
      method: 'POST',
      ...bearer(token.access_token),
    });
    expect(post.status).toBe(405);
    expect(post.body).toEqual([
      { message: "HTTP Method 'POST' not allowed. Allowed are GET,HEAD", errorCode: 'METHOD_NOT_ALLOWED' },
    ]);
    for (const path of [
      '/services/data/v99.0/',
      '/services/data/v66.0/nothing',
      '/services/apexrest/x',
      '/services/Soap/u/66.0',
    ]) {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual([{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]);
    }
  });

  it('revokes a token: every later call gets INVALID_SESSION_ID, a second revoke invalid_token', async () => {
    const other = await issueToken(emulator.urls.login, keys.privateKeyPem, LOGIN);
    expect((await get(`${v}/`, other.access_token)).status).toBe(200);
    const revoke = () =>
      send(`${token.instance_url}/services/oauth2/revoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: other.access_token }),
      });
    expect((await revoke()).status).toBe(200);
    for (const path of [`${v}/`, `${v}/limits`, '/services/oauth2/userinfo']) {
      const answer = await get(path, other.access_token);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    }
    expect((await send(other.id, bearer(other.access_token))).status).toBe(401);
    const again = await revoke();
    expect(again).toMatchObject({ status: 400, body: { error: 'invalid_token' } });
  });
});
