import { afterEach, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../../test-support/loopback-test-servers';
import { proveToken } from './token-proof';

/**
 * The proof against an instance that serves the identity and the versions but whose query resource is an HTML
 * page (a proxy or a wrong instance URL): the org and user records are missing, the problem is named.
 */
let server: LoopbackServer | undefined;
afterEach(() => server?.close());

const USER_ID = '005000000000001AAA';

describe('proveToken', () => {
  it('names a query answered with HTML as a refused proof call, keeping the identity and version', async () => {
    server = await startLoopbackServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.startsWith('/id/')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ username: 'a@b.c', user_id: USER_ID }));
      } else if (path === '/services/data/') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ version: '66.0' }]));
      } else {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<html><title>URL No Longer Exists</title></html>');
      }
    });
    const grant = {
      accessToken: '00Dx!AR.secret',
      instanceUrl: server.url,
      id: `${server.url}/id/00D000000000001AAA/${USER_ID}`,
    };
    const proof = await proveToken(grant);
    expect(proof.identity).toEqual({ username: 'a@b.c', userId: USER_ID });
    expect(proof.latestApiVersion).toEqual({ version: '66.0' });
    expect(proof.org).toBeUndefined();
    expect(proof.user).toBeUndefined();
    expect(proof.problems.map((p) => p.code)).toEqual(['proof-refused', 'proof-refused']);
    expect(proof.problems[0]?.message).toMatch(/query\?q=SELECT.*Organization answered HTTP 404: <html>/);
    expect(proof.problems[0]?.hint).toContain('API Enabled');
    expect(JSON.stringify(proof)).not.toContain('secret');
    const queried = server.requests.map((r) => decodeURIComponent(r.url ?? ''));
    expect(queried).toContain(
      `/services/data/v66.0/query?q=SELECT Id, Username, Name, Profile.Name FROM User WHERE Id = '${USER_ID}'`,
    );
  });
});
