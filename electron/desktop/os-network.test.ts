import { afterAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startForwardProxy, startLoopbackServer } from '../../test-support/loopback-test-servers';
import { transportFor } from '../exchange/token-exchange';
import { sendHttpRequest } from '../exchange/transport/http-request';
import { proxyFromPacResult } from '../exchange/transport/pac-result';
import { osNetwork, systemCertificates } from './os-network';

const servers: LoopbackServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe("the desktop app's OS network path", () => {
  it('reads PAC results: the first DIRECT or HTTP proxy entry wins, SOCKS is skipped', () => {
    expect(proxyFromPacResult('DIRECT')).toBeUndefined();
    expect(proxyFromPacResult('PROXY proxy.corp:8080; DIRECT')?.href).toBe('http://proxy.corp:8080/');
    expect(proxyFromPacResult('SOCKS5 socks.corp:1080; PROXY p2.corp:3128')?.host).toBe('p2.corp:3128');
    expect(proxyFromPacResult('SOCKS socks.corp:1080')).toBeUndefined();
    expect(proxyFromPacResult('')).toBeUndefined();
  });

  it('sends the request through the proxy the OS resolves for that URL, ignoring HTTPS_PROXY', async () => {
    const upstream = await startLoopbackServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end('via proxy'),
    );
    const proxy = await startForwardProxy(() => ({ host: '127.0.0.1', port: Number(new URL(upstream.url).port) }));
    servers.push(upstream, proxy);
    const asked: string[] = [];
    const session = {
      resolveProxy: async (url: string) => {
        asked.push(url);
        return `PROXY ${new URL(proxy.url).host}; DIRECT`;
      },
    };
    const transport = transportFor(osNetwork(session, []));
    const response = await sendHttpRequest({
      url: 'http://login.os-proxy.test/services/oauth2/token',
      method: 'GET',
      headers: {},
      timeoutMs: 5000,
      env: { HTTP_PROXY: 'http://127.0.0.1:9' },
      ...transport,
    });
    expect(asked).toEqual(['http://login.os-proxy.test/services/oauth2/token']);
    expect(proxy.requests[0]).toMatchObject({ url: 'http://login.os-proxy.test/services/oauth2/token' });
    expect(response.body).toBe('via proxy');
  });

  it("adds the OS trust store's certificates where Node can read them, and nothing where it cannot", () => {
    expect(systemCertificates(() => ['-----BEGIN CERTIFICATE-----\nA\n-----END CERTIFICATE-----'])).toHaveLength(1);
    expect(systemCertificates(undefined)).toEqual([]);
    expect(
      systemCertificates(() => {
        throw new Error('no store');
      }),
    ).toEqual([]);
    expect(osNetwork({ resolveProxy: async () => 'DIRECT' }, ['x']).extraCa).toEqual(['x']);
  });
});
