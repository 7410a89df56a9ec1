import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  type IssuedToken,
  issueToken,
  opensslKeyPair,
  send,
  USERNAME,
  user,
  workingConfig,
} from '../../test-support/emulator-test-kit';
import type { RunningEmulator } from './emulator';
import { startEmulator } from './emulator';

/** What a token proves: the identity URL and the REST API's version list, and what a bad token gets. */
let emulator: RunningEmulator;
let token: IssuedToken;

const INVALID_SESSION = [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }];

beforeAll(async () => {
  const keys = opensslKeyPair();
  const config = workingConfig(keys.certificatePem, { users: [user(), user({ username: 'other.user@acme.com' })] });
  emulator = await startEmulator(config);
  token = await issueToken(emulator.urls.login, keys.privateKeyPem, 'https://login.salesforce.com');
});

afterAll(() => emulator.close());

describe('the identity URL', () => {
  it('describes the user and the org to the token', async () => {
    const answer = await send(token.id, bearer(token.access_token));
    expect(answer.status).toBe(200);
    const [orgId, userId] = token.id.split('/id/')[1]!.split('/');
    expect(answer.body).toMatchObject({
      id: token.id,
      user_id: userId,
      organization_id: orgId,
      username: USERNAME,
      display_name: 'Jane Admin',
      email: USERNAME,
      active: true,
      urls: { rest: `${token.instance_url}/services/data/v66.0/` },
    });
  });

  it('takes the older "OAuth" authorization scheme too', async () => {
    expect((await send(token.id, { headers: { authorization: `OAuth ${token.access_token}` } })).status).toBe(200);
  });

  it('answers 401 INVALID_SESSION_ID to a bad or missing token', async () => {
    for (const init of [bearer(`${token.access_token}x`), {}]) {
      const answer = await send(token.id, init);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(INVALID_SESSION);
    }
  });

  it('answers 404 for an id of no user of the org', async () => {
    const answer = await send(token.id.replace(/\/005\w+$/, '/005000000000000AAA'), bearer(token.access_token));
    expect(answer.status).toBe(404);
  });
});

describe('/services/data/', () => {
  it('lists the API versions, latest 66.0, to a valid token', async () => {
    const answer = await send(`${token.instance_url}/services/data/`, bearer(token.access_token));
    expect(answer.status).toBe(200);
    const versions = answer.body as { label: string; url: string; version: string }[];
    expect(versions.at(-1)).toEqual({ label: "Spring '26", url: '/services/data/v66.0', version: '66.0' });
    expect(versions.find((v) => v.version === '65.0')?.label).toBe("Winter '26");
    expect(versions.find((v) => v.version === '64.0')?.label).toBe("Summer '25");
  });

  it('answers 401 INVALID_SESSION_ID to a bad token', async () => {
    const answer = await send(`${token.instance_url}/services/data/`, bearer('00D000000000000!ARnotatoken'));
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual(INVALID_SESSION);
  });
});

describe('pages', () => {
  it('answers / with an HTML page on every role', async () => {
    for (const url of Object.values(emulator.urls)) {
      const answer = await send(`${url}/`);
      expect(answer.status).toBe(200);
      expect(answer.contentType).toContain('text/html');
      expect(String(answer.body)).toMatch(/^<!DOCTYPE html>/);
    }
  });

  it('answers an unknown page with an HTML 404, and an unknown /services path with a JSON NOT_FOUND', async () => {
    const page = await send(`${emulator.urls.myDomain}/secur/frontdoor.jspx`, { method: 'POST' });
    expect(page.status).toBe(404);
    expect(page.contentType).toContain('text/html');
    const service = await send(`${emulator.urls.myDomain}/services/oauth2/tokens`, { method: 'POST' });
    expect(service.status).toBe(404);
    expect(service.body).toEqual([{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]);
  });
});
