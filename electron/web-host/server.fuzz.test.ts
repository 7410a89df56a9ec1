import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWebHost, type TestWebHost } from '../../test-support/web-host-client';

let host: TestWebHost;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

beforeAll(async () => {
  host = await startTestWebHost();
});
afterAll(async () => {
  agent.destroy();
  await host.close();
});

function post(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    // The path as given: a URL object would resolve a method named `..` away (`/api/..` is `/`) before sending.
    const { hostname, port } = new URL(host.host.url);
    const req = request(
      { hostname, port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (d) => {
          text += String(d);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('web host API under generated requests', () => {
  it('answers 10,000 random calls with a JSON Result and never a 500', async () => {
    // Method names that run no side effect: app.info, and names outside the contract.
    const method = fc.oneof(
      // `.` and `..` are dot segments a careless URL join would send elsewhere.
      fc.constantFrom('app.info', '..', '.'),
      fc.string({ maxLength: 40 }).filter((m) => !m.includes('?') && !m.includes('#')),
    );
    const body = fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 300 }), fc.constant(''));
    const withSession = fc.boolean();
    await fc.assert(
      fc.asyncProperty(method, body, withSession, async (m, b, secret) => {
        const res = await post(`/api/${encodeURIComponent(m)}`, b, secret ? { cookie: host.cookie } : {});
        expect(res.status).not.toBe(500);
        const parsed = JSON.parse(res.text) as { ok: boolean; error?: { code: string; message: string } };
        if (!secret) expect(res.status).toBe(403);
        if (!parsed.ok) {
          expect(parsed.error?.code).toMatch(/^[a-z-]+$/);
          expect(parsed.error?.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});

describe('web host API at the depth and size edges', () => {
  it('request bodies nested up to 100,000 levels, and tokens to inspect nested past the limit, never answer 500', async () => {
    const depth = fc.oneof(fc.integer({ min: 60, max: 70 }), fc.integer({ min: 1000, max: 100_000 }));
    await fc.assert(
      fc.asyncProperty(depth, fc.boolean(), async (levels, asToken) => {
        const deepJson = `${'['.repeat(levels)}${']'.repeat(levels)}`;
        const body = asToken
          ? JSON.stringify({
              token: `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(`{"a":${deepJson.slice(0, 40_000)}}`).toString('base64url')}.c2ln`,
            })
          : `{"token":${deepJson}}`;
        const { status, text } = await post('/api/jwt.inspect', body, { cookie: host.cookie });
        expect(status).not.toBe(500);
        expect(() => JSON.parse(text)).not.toThrow();
      }),
      { numRuns: 40 },
    );
  });
});
