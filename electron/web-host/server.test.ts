import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET_HEADER, startWebHost, type WebHost } from './server';

let host: WebHost;

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'sfjs-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({ rendererDir, dataDir: mkdtempSync(join(tmpdir(), 'sfjs-data-')), version: '9.9.9' });
});
afterAll(() => host.close());

const api = (method: string, init: RequestInit = {}) => fetch(new URL(`api/${method}`, host.url), { method: 'POST', ...init });

describe('web host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('puts the launch secret into the page and sends a strict CSP', async () => {
    const res = await fetch(host.url);
    const html = await res.text();
    expect(html).toContain(`<meta name="studio-secret" content="${host.secret}">`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers app.info to a request that carries the secret', async () => {
    const res = await api('app.info', { headers: { [SECRET_HEADER]: host.secret } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      value: { name: 'SF JWT Studio', version: '9.9.9', host: 'web', platform: process.platform },
    });
  });

  it('refuses an API call without the secret, with a wrong one, or from a foreign origin', async () => {
    expect((await api('app.info')).status).toBe(403);
    expect((await api('app.info', { headers: { [SECRET_HEADER]: 'x'.repeat(host.secret.length) } })).status).toBe(403);
    const foreign = await api('app.info', { headers: { [SECRET_HEADER]: host.secret, origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('api/app.info', host.url), {
        method: 'POST',
        headers: { host: 'attacker.example', [SECRET_HEADER]: host.secret },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('answers unknown methods, bad JSON and invalid input with coded errors', async () => {
    const headers = { [SECRET_HEADER]: host.secret };
    expect(await (await api('nope', { headers })).json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const bad = await api('app.info', { headers, body: '{' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
    const invalid = await api('app.info', { headers, body: JSON.stringify({ extra: 1 }) });
    expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('serves assets and never a file outside the renderer folder', async () => {
    expect((await fetch(new URL('assets/app.js', host.url))).status).toBe(200);
    expect((await fetch(new URL('assets/../../etc/passwd', host.url))).status).toBe(404);
    expect((await fetch(`${host.url}%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });

  it('hands a delivered file out once, then forgets it', async () => {
    const delivery = await host.ctx.files.deliver({
      name: 'a.crt',
      bytes: new Uint8Array([1, 2, 3]),
      mime: 'application/x-x509-ca-cert',
      secret: false,
    });
    if (delivery.kind !== 'download') throw new Error('expected a download');
    const first = await fetch(new URL(delivery.url, host.url));
    expect(first.headers.get('content-disposition')).toBe('attachment; filename="a.crt"');
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await fetch(new URL(delivery.url, host.url))).status).toBe(404);
  });
});
