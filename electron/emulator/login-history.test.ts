import { beforeAll, describe, expect, it } from 'vitest';
import {
  app,
  claims,
  type KeyPair,
  opensslKeyPair,
  requestToken,
  send,
  signAssertion,
  USERNAME,
  withEmulator,
  workingConfig,
} from '../../test-support/emulator-test-kit';
import { HISTORY_PATH } from './emulator';

const LOGIN = 'https://login.salesforce.com';

let keys: KeyPair;
let otherKeys: KeyPair;

beforeAll(() => {
  keys = opensslKeyPair();
  otherKeys = opensslKeyPair();
});

describe('Login History', () => {
  it('records each attempt of an org user, newest first, with the Salesforce status and the app', async () => {
    const clock = Date.parse('2026-03-02T10:00:00.000Z');
    const config = workingConfig(keys.certificatePem, { apps: [app(keys.certificatePem, { name: 'Nightly Sync' })] });
    await withEmulator(
      config,
      async (emulator) => {
        const sendSigned = async (key: string, aud: string, extra: Record<string, unknown> = {}) =>
          requestToken(emulator.urls.login, await signAssertion(key, claims(aud, extra, clock)));
        await sendSigned(keys.privateKeyPem, LOGIN);
        await sendSigned(keys.privateKeyPem, 'https://test.salesforce.com');
        await sendSigned(otherKeys.privateKeyPem, LOGIN);
        await sendSigned(keys.privateKeyPem, LOGIN, { sub: 'stranger@elsewhere.com' });
        const where = { userId: expect.stringMatching(/^005\w{15}$/), loginUrl: 'login.salesforce.com', sourceIp: '127.0.0.1' };
        const time = '2026-03-02T10:00:00.000Z';
        const expected = [
          { time, username: USERNAME, status: 'Failed: Signature Invalid', application: 'Nightly Sync', ...where },
          { time, username: USERNAME, status: 'Failed: Audience Invalid', application: 'Nightly Sync', ...where },
          { time, username: USERNAME, status: 'Success', application: 'Nightly Sync', ...where },
        ];
        expect(emulator.loginHistory()).toEqual(expected);
        for (const url of Object.values(emulator.urls)) {
          const answer = await send(`${url}${HISTORY_PATH}`);
          expect(answer.status).toBe(200);
          expect(answer.body).toEqual(expected);
        }
      },
      { now: () => clock },
    );
  });

  it('names the app by its Consumer Key when it has no name, and not at all when the iss is unknown', async () => {
    const { name: _name, ...unnamed } = app(keys.certificatePem);
    await withEmulator(workingConfig(keys.certificatePem, { apps: [unnamed] }), async (emulator) => {
      await requestToken(emulator.urls.login, await signAssertion(keys.privateKeyPem, claims(LOGIN)));
      await requestToken(emulator.urls.login, await signAssertion(keys.privateKeyPem, claims(LOGIN, { iss: 'someone-else' })));
      const [unknownApp, success] = emulator.loginHistory();
      expect(success).toMatchObject({ status: 'Success', application: unnamed.consumerKey });
      expect(unknownApp).toMatchObject({ status: 'Remote Access 2.0 Failed: Invalid Client Id' });
      expect(unknownApp).not.toHaveProperty('application');
    });
  });
});
