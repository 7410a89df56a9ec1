import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_BEARER_GRANT } from '../../shared/salesforce/endpoints';
import { claims, opensslKeyPair, signAssertion, workingConfig } from '../../test-support/emulator-test-kit';
import type { RunningEmulator } from './emulator';

const RUNS = 10_000;
let emulator: RunningEmulator;
let validAssertion: string;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

beforeAll(async () => {
  const keys = opensslKeyPair();
  emulator = await import('./emulator').then((m) => m.startEmulator(workingConfig(keys.certificatePem), { log: () => {} }));
  validAssertion = await signAssertion(keys.privateKeyPem, claims('https://login.salesforce.com', {}, Date.now() + 3_600_000));
});
afterAll(async () => {
  agent.destroy();
  await emulator.close();
});

function raw(method: string, path: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
    const sized = { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = request(new URL(path, emulator.urls.login), { method, agent, headers: sized }, (res) => {
      let text = '';
      res.on('data', (d) => {
        text += String(d);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), text }));
    });
    req.setTimeout(5000, () => req.destroy(new Error('the emulator hung')));
    req.on('error', reject);
    req.end(body);
  });
}

/** A valid assertion with one character changed, a segment dropped, or garbage spliced in. */
const mutatedAssertion = () =>
  fc.oneof(
    fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([i, c]) => {
      const at = i % validAssertion.length;
      return validAssertion.slice(0, at) + c + validAssertion.slice(at + 1);
    }),
    fc.nat(2).map((drop) =>
      validAssertion
        .split('.')
        .filter((_, i) => i !== drop)
        .join('.'),
    ),
    fc.string({ maxLength: 50 }).map((junk) => `${validAssertion}${junk}`),
    fc.string({ maxLength: 400 }),
  );

describe('the emulator token endpoint under generated requests', () => {
  it(`answers ${RUNS} malformed or mutated requests with a Salesforce-shaped OAuth error, never a crash or a hang`, async () => {
    const methods = fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH');
    const contentTypes = fc.constantFrom(
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded; charset=UTF-8',
      'application/json',
      'text/plain',
      'multipart/form-data; boundary=x',
      '',
    );
    const body = fc.oneof(
      mutatedAssertion().map((a) => new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion: a }).toString()),
      fc.string({ maxLength: 300 }),
      fc.json({ maxDepth: 2 }),
      fc
        .dictionary(
          fc.constantFrom('grant_type', 'grand_type', 'assertion', 'client_secret', 'format'),
          fc.string({ maxLength: 60 }),
        )
        .map((d) => new URLSearchParams(d).toString()),
    );
    await fc.assert(
      fc.asyncProperty(methods, contentTypes, body, async (method, type, payload) => {
        const headers: Record<string, string> = type ? { 'content-type': type } : {};
        const res = await raw(method, '/services/oauth2/token', headers, method === 'GET' ? '' : payload);
        expect(res.status).toBeLessThan(500);
        if (res.status !== 200) {
          expect(res.type).toContain('application/json');
          const answer = JSON.parse(res.text) as { error: unknown; error_description: unknown };
          expect(typeof answer.error).toBe('string');
          expect(typeof answer.error_description).toBe('string');
        }
      }),
      { numRuns: RUNS },
    );
  }, 180_000);
});
