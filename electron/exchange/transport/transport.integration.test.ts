import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CauseCode } from '../../../shared/salesforce/cause-code';
import { LOGIN_URL } from '../../../shared/salesforce/endpoints';
import { type KeyPair, opensslKeyPair, workingAssertion, workingConfig } from '../../../test-support/emulator-test-kit';
import {
  type LoopbackServer,
  opensslServerCertificate,
  startForwardProxy,
  startHttpsServer,
  startLoopbackServer,
  unusedPort,
} from '../../../test-support/loopback-test-servers';
import { type RunningEmulator, startEmulator } from '../../emulator/emulator';
import { type TestLoginResult, testLogin } from '../test-login';
import type { TransportOptions } from '../token-exchange';

/**
 * The failures before Salesforce answers — wrong host, outage, redirect, network, TLS, proxy — made to
 * happen on loopback, each diagnosed with its cause first.
 */
const servers: LoopbackServer[] = [];
let keys: KeyPair;
let assertion: string;
let emulator: RunningEmulator;
const TLS_HOST = 'login.exchange.test';
let tls: { key: string; cert: string };

beforeAll(async () => {
  keys = opensslKeyPair();
  tls = opensslServerCertificate(TLS_HOST);
  emulator = await startEmulator(workingConfig(keys.certificatePem));
  assertion = await workingAssertion(keys.privateKeyPem);
});

afterAll(async () => {
  await Promise.all([...servers.map((s) => s.close()), emulator.close()]);
});

async function serve(handler: Parameters<typeof startLoopbackServer>[0]) {
  const server = await startLoopbackServer(handler);
  servers.push(server);
  return server;
}

function login(endpoint: string, transport: TransportOptions = {}): Promise<TestLoginResult> {
  return testLogin({
    attemptId: 't',
    endpoint,
    assertion,
    playedHost: LOGIN_URL,
    context: {},
    transport: { timeoutMs: 5000, env: {}, ...transport },
  });
}

const firstCause = (r: TestLoginResult): CauseCode | undefined => r.report.diagnosis[0]?.code;

describe('failures before any OAuth answer', () => {
  it('server-error: HTTP 500', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' }).end('<html><title>Internal Server Error</title></html>');
    });
    const result = await login(server.url);
    expect(result.report.outcome).toMatchObject({ kind: 'response', status: 500 });
    expect(firstCause(result)).toBe('server-error');
  });

  it('server-error: the connection is reset before an answer', async () => {
    const server = await serve((req) => req.socket.destroy());
    const result = await login(server.url);
    expect(result.report.outcome).toMatchObject({ kind: 'network-error', error: 'reset' });
    expect(firstCause(result)).toBe('server-error');
  });

  it('not-a-token-endpoint: a site page answers 200 with HTML; the excerpt is plain text', async () => {
    const server = await serve((_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><html><head><title>Acme Portal</title></head><body><h1>Welcome</h1></body></html>');
    });
    const result = await login(server.url);
    expect(result.report.outcome).toMatchObject({ body: { kind: 'html', title: 'Acme Portal', excerpt: 'Welcome' } });
    expect(firstCause(result)).toBe('not-a-token-endpoint');
  });

  it('redirected: a 302 is reported with its Location, not followed', async () => {
    const target = await serve((_req, res) => res.writeHead(200).end('{}'));
    const server = await serve((_req, res) => res.writeHead(302, { location: `${target.url}/elsewhere` }).end());
    const result = await login(server.url);
    expect(result.report.outcome).toMatchObject({ kind: 'response', status: 302, location: `${target.url}/elsewhere` });
    expect(target.requests).toHaveLength(0);
    expect(firstCause(result)).toBe('redirected');
  });

  it('timeout: a server that never answers, with a short timeout', async () => {
    const server = await serve(() => undefined);
    const result = await login(server.url, { timeoutMs: 300 });
    expect(result.report.outcome).toMatchObject({ kind: 'network-error', error: 'timeout' });
    expect(result.report.elapsedMs).toBeLessThan(3000);
    expect(firstCause(result)).toBe('timeout');
  });

  it('cancel: aborting a hanging request ends it with no diagnosis', async () => {
    const server = await serve(() => undefined);
    const controller = new AbortController();
    const pending = login(server.url, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    const result = await pending;
    expect(result.report.outcome).toMatchObject({ kind: 'network-error', error: 'cancelled' });
    expect(result.report.diagnosis).toEqual([]);
  });

  it('an endpoint that is not an http(s) URL is a coded error, before any request', async () => {
    await expect(login('login.salesforce.com')).rejects.toMatchObject({ code: 'bad-endpoint' });
    await expect(login('ftp://login.salesforce.com')).rejects.toMatchObject({ code: 'bad-endpoint' });
  });

  it('connection-refused: a port nothing listens on', async () => {
    const result = await login(`http://127.0.0.1:${await unusedPort()}`);
    expect(result.report.outcome).toMatchObject({ kind: 'network-error', error: 'refused', errno: 'ECONNREFUSED' });
    expect(firstCause(result)).toBe('connection-refused');
  });

  it('dns-failure: a name under .invalid', async () => {
    const result = await login('https://acme.my.salesforce.invalid');
    expect(result.report.outcome).toMatchObject({ kind: 'network-error', error: 'dns' });
    expect(firstCause(result)).toBe('dns-failure');
  });

  it('tls-error: an https server with a self-signed certificate made by openssl', async () => {
    const server = await startHttpsServer(tls, (_req, res) => res.writeHead(200).end('{}'));
    servers.push(server);
    const result = await login(server.url);
    expect(result.report.outcome).toMatchObject({ kind: 'network-error', error: 'tls' });
    expect(firstCause(result)).toBe('tls-error');
  });
});

describe('HTTPS_PROXY / HTTP_PROXY / NO_PROXY', () => {
  it('tunnels an https request through CONNECT to a host only the proxy can reach', async () => {
    const upstream = await startHttpsServer(tls, (_req, res) => {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end('{"error":"invalid_grant","error_description":"audience is invalid"}');
    });
    servers.push(upstream);
    const proxy = await startForwardProxy(() => ({ host: '127.0.0.1', port: Number(new URL(upstream.url).port) }));
    servers.push(proxy);
    const result = await login(`https://${TLS_HOST}`, { env: { HTTPS_PROXY: proxy.url }, ca: [tls.cert] });
    expect(proxy.requests[0]).toMatchObject({ method: 'CONNECT', url: `${TLS_HOST}:443` });
    expect(upstream.requests[0]).toMatchObject({ method: 'POST', url: '/services/oauth2/token' });
    expect(firstCause(result)).toBe('audience-invalid');
  });

  it('sends an http request in absolute form through HTTP_PROXY: a full login via the proxy', async () => {
    const proxy = await startForwardProxy(() => ({ host: '127.0.0.1', port: Number(new URL(emulator.urls.login).port) }));
    servers.push(proxy);
    const result = await login('http://login.exchange.test', { env: { http_proxy: proxy.url } });
    expect(proxy.requests[0]).toMatchObject({ method: 'POST', url: 'http://login.exchange.test/services/oauth2/token' });
    expect(result.report.outcome).toMatchObject({ kind: 'response', status: 200 });
  });

  it('NO_PROXY sends the request directly (here: a name that resolves nowhere)', async () => {
    const proxy = await startForwardProxy(() => ({ host: '127.0.0.1', port: Number(new URL(emulator.urls.login).port) }));
    servers.push(proxy);
    const result = await login('http://login.exchange.invalid', {
      env: { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,.exchange.invalid' },
    });
    expect(proxy.requests).toHaveLength(0);
    expect(firstCause(result)).toBe('dns-failure');
  });

  it('a dead proxy reads as connection refused', async () => {
    const result = await login(`https://${TLS_HOST}`, { env: { HTTPS_PROXY: `http://127.0.0.1:${await unusedPort()}` } });
    expect(firstCause(result)).toBe('connection-refused');
  });
});
