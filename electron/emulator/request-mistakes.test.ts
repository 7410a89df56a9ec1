import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_BEARER_GRANT } from '../../shared/salesforce/endpoints';
import {
  type Answer,
  claims,
  opensslKeyPair,
  requestToken,
  send,
  signAssertion,
  workingConfig,
} from '../../test-support/emulator-test-kit';
import type { RunningEmulator } from './emulator';
import { startEmulator } from './emulator';

/**
 * The request mistakes tutorials and forum answers make, sent raw as those clients send them. Each one leaves
 * the form body without a valid grant_type, and Salesforce answers all of them `unsupported_grant_type`.
 */
let emulator: RunningEmulator;
let assertion: string;
let tokenUrl: string;

beforeAll(async () => {
  const keys = opensslKeyPair();
  emulator = await startEmulator(workingConfig(keys.certificatePem));
  assertion = await signAssertion(keys.privateKeyPem, claims('https://login.salesforce.com'));
  tokenUrl = `${emulator.urls.login}/services/oauth2/token`;
});

afterAll(() => emulator.close());

function expectUnsupported(answer: Answer): void {
  expect(answer.status).toBe(400);
  expect(answer.body).toEqual({ error: 'unsupported_grant_type', error_description: 'grant type not supported' });
}

/** A request with exactly these bytes and headers, nothing added by a client library. */
function rawRequest(method: string, path: string, headers: Record<string, string>, body = ''): Promise<Answer> {
  const url = new URL(path, emulator.urls.login);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.on('data', (d) => {
        text += String(d);
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), contentType: String(res.headers['content-type']) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('request mistakes get unsupported_grant_type', () => {
  it('the request done right succeeds on the same emulator', async () => {
    expect((await requestToken(emulator.urls.login, assertion)).status).toBe(200);
  });

  it('parameters in headers', async () => {
    expectUnsupported(await rawRequest('POST', '/services/oauth2/token', { grant_type: JWT_BEARER_GRANT, assertion }));
  });

  it('parameters in the query string', async () => {
    const query = new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion });
    expectUnsupported(await rawRequest('POST', `/services/oauth2/token?${query}`, {}));
    expectUnsupported(
      await rawRequest('POST', `/services/oauth2/token?${query}`, { 'content-type': 'application/x-www-form-urlencoded' }),
    );
  });

  it('grand_type= instead of grant_type=', async () => {
    const body = `grand_type=${encodeURIComponent(JWT_BEARER_GRANT)}&assertion=${assertion}`;
    expectUnsupported(
      await rawRequest('POST', '/services/oauth2/token', { 'content-type': 'application/x-www-form-urlencoded' }, body),
    );
  });

  it('grant_type missing, or another grant', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expectUnsupported(await rawRequest('POST', '/services/oauth2/token', form, `assertion=${assertion}`));
    expectUnsupported(await rawRequest('POST', '/services/oauth2/token', form, `grant_type=password&assertion=${assertion}`));
  });

  it('a JSON body', async () => {
    const body = JSON.stringify({ grant_type: JWT_BEARER_GRANT, assertion });
    expectUnsupported(await rawRequest('POST', '/services/oauth2/token', { 'content-type': 'application/json' }, body));
  });

  it('a form body sent without its content type', async () => {
    const body = new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion }).toString();
    expectUnsupported(await rawRequest('POST', '/services/oauth2/token', { 'content-type': 'text/plain' }, body));
  });

  it('GET instead of POST', async () => {
    expectUnsupported(await send(`${tokenUrl}?${new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion })}`));
  });

  it('a form body with a charset parameter is still a form body', async () => {
    const body = new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion: 'x.y.z' }).toString();
    const answer = await rawRequest(
      'POST',
      '/services/oauth2/token',
      { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body,
    );
    expect(answer.body).toEqual({ error: 'invalid_grant', error_description: 'invalid assertion' });
  });
});
