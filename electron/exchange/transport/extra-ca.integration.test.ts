import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBearerAssertion } from '../../../shared/jwt/sign-assertion';
import { LOGIN_URL } from '../../../shared/salesforce/endpoints';
import { cli } from '../../../test-support/cli-harness';
import { CONSUMER_KEY, opensslKeyPair, USERNAME } from '../../../test-support/emulator-test-kit';
import {
  type LoopbackServer,
  opensslPrivateCa,
  startForwardProxy,
  startHttpsServer,
} from '../../../test-support/loopback-test-servers';
import { testLogin } from '../test-login';
import { transportFor } from '../token-exchange';
import { envNetwork } from './env-network';

/**
 * A TLS-inspecting corporate proxy, on loopback: the token endpoint's certificate is issued by a private CA
 * (made by openssl) that Node does not trust, reached through a CONNECT proxy as HTTPS_PROXY says. Without
 * the CA the login is refused and diagnosed as an untrusted issuer; with it (--ca-file or NODE_EXTRA_CA_CERTS)
 * the request reaches the endpoint, whose OAuth answer is then diagnosed.
 */
const HOST = 'login.inspected.test';
const servers: LoopbackServer[] = [];
let proxy: LoopbackServer;
let endpoint: LoopbackServer;
let caFile: string;
let keyFile: string;
let assertion: string;

beforeAll(async () => {
  const pki = opensslPrivateCa(HOST);
  const dir = mkdtempSync(join(tmpdir(), 'extra-ca-'));
  caFile = join(dir, 'inspection-root.pem');
  writeFileSync(caFile, pki.caCert);
  const keys = opensslKeyPair();
  keyFile = join(dir, 'server.key');
  writeFileSync(keyFile, keys.privateKeyPem);
  endpoint = await startHttpsServer(pki, (_req, res) => {
    res
      .writeHead(400, { 'content-type': 'application/json' })
      .end('{"error":"invalid_grant","error_description":"audience is invalid"}');
  });
  proxy = await startForwardProxy(() => ({ host: '127.0.0.1', port: Number(new URL(endpoint.url).port) }));
  servers.push(endpoint, proxy);
  assertion = await signBearerAssertion(keys.privateKeyPem, {
    iss: CONSUMER_KEY,
    sub: USERNAME,
    aud: LOGIN_URL,
    expiresInSeconds: 180,
  });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

function loginThroughProxy(env: Record<string, string>, ca?: string) {
  const transport = { ...transportFor(envNetwork({ HTTPS_PROXY: proxy.url, ...env }, ca)), timeoutMs: 5000 };
  return testLogin({ attemptId: 't', endpoint: `https://${HOST}`, assertion, playedHost: LOGIN_URL, context: {}, transport });
}

describe('an extra CA for a TLS-inspecting proxy', () => {
  it('without the CA: refused, and diagnosed as a certificate this machine does not trust, with how to add it', async () => {
    const before = endpoint.requests.length;
    const { report } = await loginThroughProxy({});
    expect(report.outcome).toMatchObject({ kind: 'network-error', error: 'tls', errno: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    expect(report.diagnosis[0]?.code).toBe('untrusted-issuer');
    expect(report.diagnosis[0]?.title).toBe('A proxy or inspection certificate your machine does not trust');
    expect(report.diagnosis[0]?.fix.join('\n')).toContain('--ca-file');
    expect(report.diagnosis[0]?.fix.join('\n')).toContain('NODE_EXTRA_CA_CERTS');
    expect(proxy.requests.at(-1)).toMatchObject({ method: 'CONNECT', url: `${HOST}:443` });
    expect(endpoint.requests.length).toBe(before);
  });

  it('with the CA file: the tunnel carries the request and the OAuth answer is diagnosed', async () => {
    const before = endpoint.requests.length;
    const { report } = await loginThroughProxy({}, caFile);
    expect(report.outcome).toMatchObject({ kind: 'response', status: 400 });
    expect(report.diagnosis[0]?.code).toBe('audience-invalid');
    expect(endpoint.requests.slice(before)).toMatchObject([{ method: 'POST', url: '/services/oauth2/token' }]);
  });

  it('NODE_EXTRA_CA_CERTS is honoured too', async () => {
    const { report } = await loginThroughProxy({ NODE_EXTRA_CA_CERTS: caFile });
    expect(report.outcome).toMatchObject({ kind: 'response', status: 400 });
  });

  it('a CA file that holds no certificate is a coded error', () => {
    expect(() => envNetwork({}, keyFile)).toThrow(expect.objectContaining({ code: 'ca-file-unreadable' }));
    expect(() => envNetwork({}, join(tmpdir(), 'no-such-ca.pem'))).toThrow(
      expect.objectContaining({ code: 'ca-file-unreadable' }),
    );
  });

  it('sf-jwt-studio exchange --ca-file: refused without it, accepted with it', async () => {
    const args = ['exchange', '--endpoint', endpoint.url, '--aud', LOGIN_URL, '--key', keyFile];
    const common = [...args, '--client-id', CONSUMER_KEY, '--username', USERNAME, '--json'];
    const refused = await cli(common);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).diagnosis[0].code).toBe('untrusted-issuer');
    const accepted = await cli([...common, '--ca-file', caFile]);
    expect(JSON.parse(accepted.stdout).status).toBe(400);
    expect(JSON.parse(accepted.stdout).diagnosis[0].code).toBe('audience-invalid');
    const missing = await cli([...common, '--ca-file', join(tmpdir(), 'no-such-ca.pem')]);
    expect(missing.code).toBe(2);
    // With --json every error is JSON on stdout.
    expect(JSON.parse(missing.stdout)).toMatchObject({ status: 2, error: { code: 'ca-file-unreadable' } });
  });
});
