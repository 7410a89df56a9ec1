import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IssuedToken, issueToken, opensslKeyPair, workingConfig } from '../../test-support/emulator-test-kit';
import { type RunningEmulator, startEmulator } from './emulator';
import { DATA_OBJECTS } from './org-objects';

/** Nothing under /services answers HTML: every route with a bad token, a bad path, any method, generated requests. */
const RUNS = 10_000;
let emulator: RunningEmulator;
let token: IssuedToken;
let userId: string;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

beforeAll(async () => {
  const keys = opensslKeyPair();
  emulator = await startEmulator(workingConfig(keys.certificatePem), { log: () => {} });
  token = await issueToken(emulator.urls.login, keys.privateKeyPem, 'https://login.salesforce.com');
  userId = token.id.split('/').at(-1)!;
});

afterAll(async () => {
  agent.destroy();
  await emulator.close();
});

function raw(base: string, method: string, path: string, headers: Record<string, string>, body = '') {
  return new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { method, agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        let text = '';
        res.on('data', (d) => {
          text += String(d);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), text }));
      },
    );
    req.setTimeout(5000, () => req.destroy(new Error('the emulator hung')));
    req.on('error', reject);
    req.end(body);
  });
}

/** Every route the emulator serves under /services/data, with its path filled in. */
function routes(): string[] {
  const v = '/services/data/v66.0';
  return [
    '/services/data/',
    `${v}/`,
    `${v}/query?q=SELECT+Id+FROM+Organization`,
    `${v}/queryAll?q=SELECT+Id+FROM+Organization`,
    `${v}/tooling/query?q=SELECT+Id+FROM+SandboxProcess`,
    `${v}/sobjects/`,
    `${v}/limits`,
    ...DATA_OBJECTS.flatMap((o) => [`${v}/sobjects/${o.name}`, `${v}/sobjects/${o.name}/describe`]),
    `${v}/sobjects/User/${userId}`,
  ];
}

const NO_TOKEN: Record<string, string>[] = [
  {},
  { authorization: 'Bearer 00D000000000000!ARnotatoken' },
  { authorization: 'Basic abc' },
];

function expectJson(answer: { status: number; type: string; text: string }, what: string) {
  expect(answer.type, what).toContain('application/json');
  expect(() => JSON.parse(answer.text), what).not.toThrow();
  expect(answer.text, what).not.toMatch(/<html|<!DOCTYPE/i);
}

describe('every /services route answers JSON', () => {
  it('with a good token: 200 JSON on every role', async () => {
    for (const base of Object.values(emulator.urls)) {
      for (const path of routes()) {
        const answer = await raw(base, 'GET', path, { authorization: `Bearer ${token.access_token}` });
        expect(answer.status, path).toBe(200);
        expectJson(answer, path);
      }
    }
  });

  it('with no token or a bad one: 401 INVALID_SESSION_ID, JSON', async () => {
    for (const headers of NO_TOKEN) {
      for (const path of [...routes(), '/services/oauth2/userinfo']) {
        const answer = await raw(emulator.urls.myDomain, 'GET', path, headers);
        expect(answer.status, path).toBe(401);
        expect(JSON.parse(answer.text), path).toEqual([
          { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
        ]);
      }
    }
  });

  it('with a bad path, a bad version or a wrong method: a JSON error array', async () => {
    const auth = { authorization: `Bearer ${token.access_token}` };
    const bad = [
      ...routes().map((r) => `${r.split('?')[0]!.replace(/\/$/, '')}/nope`),
      '/services/data/v99.0/',
      '/services/data/v30.0/query',
      '/services/data/vX/',
      '/services/data/v66.0/sobjects/Nope/describe',
      '/services/data/v66.0/sobjects/User/not-an-id',
      '/services/oauth2/authorize',
      '/services/Soap/u/66.0',
      '/services',
      '/services/',
    ];
    for (const path of bad) {
      const answer = await raw(emulator.urls.login, 'GET', path, auth);
      expect(answer.status, path).toBe(404);
      expectJson(answer, path);
      expect(JSON.parse(answer.text)[0].errorCode, path).toBe('NOT_FOUND');
    }
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const path of routes()) {
        const answer = await raw(emulator.urls.login, method, path, auth, 'x=1');
        expect(answer.status, `${method} ${path}`).toBe(405);
        expectJson(answer, path);
      }
    }
  });

  it(`answers ${RUNS} generated requests under /services with JSON, never HTML, a crash or a hang`, async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        'data',
        'v66.0',
        'v31.0',
        'v99.0',
        'query',
        'queryAll',
        'tooling',
        'sobjects',
        'describe',
        'limits',
        'oauth2',
        'userinfo',
        'revoke',
        'token',
        'User',
        'Account',
        userId,
        '..',
        '%2e%2e',
        '%00',
        '',
      ),
      fc.stringMatching(/^[A-Za-z0-9._~%-]{0,12}$/),
    );
    const soql = fc.oneof(
      fc.constantFrom(
        'SELECT Id FROM User',
        'SELECT Name, Profile.Name FROM User',
        'SELECT COUNT() FROM Account',
        'SELECT Id FROM ScratchOrgInfo',
      ),
      fc.string({ maxLength: 80 }),
    );
    const path = fc.oneof(
      fc.array(segment, { maxLength: 6 }).map((s) => `/services/${s.join('/')}`),
      fc
        .tuple(fc.constantFrom('query', 'queryAll', 'tooling/query'), soql)
        .map(([r, q]) => `/services/data/v66.0/${r}?q=${encodeURIComponent(q)}`),
      fc.array(segment, { maxLength: 4 }).map((s) => `/services/data/v66.0/${s.join('/')}`),
    );
    const headers = fc.constantFrom<Record<string, string>>(
      { authorization: `Bearer ${token.access_token}` },
      { authorization: `OAuth ${token.access_token}` },
      { authorization: 'Bearer nope' },
      {},
    );
    const method = fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS');
    await fc.assert(
      fc.asyncProperty(method, path, headers, fc.string({ maxLength: 40 }), async (m, p, h, body) => {
        // Revoking the shared token would end the run's other requests: revoke is tested on its own.
        const resolved = new URL(p, 'http://emulator').pathname;
        if (resolved.startsWith('/services/oauth2/revoke')) return;
        // `/services/..` resolves to `/`, a page outside /services, as any HTTP server resolves it.
        if (resolved !== '/services' && !resolved.startsWith('/services/')) return;
        const answer = await raw(emulator.urls.login, m, p, h, m === 'GET' || m === 'HEAD' ? '' : body);
        expect(answer.status).toBeLessThan(500);
        expect(answer.type, `${m} ${p}`).toContain('application/json');
        if (m !== 'HEAD') expect(() => JSON.parse(answer.text), `${m} ${p}`).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
