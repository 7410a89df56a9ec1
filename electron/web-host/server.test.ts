import { readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../shared/web-transport/web-transport';
import { startTestWebHost, type TestWebHost } from '../../test-support/web-host-client';
import { WEB_HOST_FILE } from './server';

let t: TestWebHost;

beforeAll(async () => {
  t = await startTestWebHost({ version: '9.9.9' });
});
afterAll(() => t.close());

/** A raw request (node:http, so Host and odd paths go out exactly as written). */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>(
    (resolve, reject) => {
      const req = request(new URL(t.host.url), { path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
        let text = '';
        res.on('data', (d) => {
          text += String(d);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      });
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'cache-control'];

describe('web host: access on the token model', () => {
  it('listens on 127.0.0.1 only and prints a token link', () => {
    expect(t.host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(t.host.loginUrl).toBe(`${t.host.url}?token=${t.host.token}`);
    expect(t.host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers / without cookie or token with 401 and a page holding no secret', async () => {
    const res = await t.request('/', { cookie: false });
    const html = await res.text();
    expect(res.status).toBe(401);
    expect(html).toContain('open the link printed where you started SF JWT Studio'.replace('open', 'Open'));
    expect(html).not.toContain(t.host.token);
    expect(html).not.toContain(t.cookie.split('=')[1]);
    expect(html).not.toMatch(/<meta name="studio-secret"/);
    for (const header of SECURITY_HEADERS) expect(res.headers.get(header)).toBeTruthy();
  });

  it('turns the token into an HttpOnly, SameSite=Strict cookie and redirects to the path without it', async () => {
    const res = await fetch(`${t.host.url}?token=${t.host.token}&tab=keys`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/?tab=keys');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${sessionCookieName(new URL(t.host.url).port)}=[\\w-]{43}; `));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain(t.host.token);
  });

  it('never redirects to another site, and takes the token by GET only', async () => {
    const host = new URL(t.host.url).host;
    for (const path of ['//evil.example', '/\\evil.example']) {
      const res = await raw(`${path}?token=${t.host.token}`, { headers: { host } });
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe('/');
    }
    expect((await raw(`/?token=${t.host.token}`, { method: 'POST', headers: { host } })).status).toBe(405);
  });

  it('answers a wrong token with 401 and no cookie', async () => {
    const res = await fetch(`${t.host.url}?token=${'x'.repeat(t.host.token.length)}`, { redirect: 'manual' });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('does not belong to the running SF JWT Studio');
  });

  it('serves the page with the cookie, with a strict CSP and no secret in it', async () => {
    const res = await t.request('/');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toBe('<html><head><title>t</title></head><body></body></html>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers app.info with the cookie (200)', async () => {
    expect((await t.callRaw('app.info')).status).toBe(200);
    expect(await t.api['app.info']()).toEqual({
      ok: true,
      value: { name: 'SF JWT Studio', version: '9.9.9', host: 'web', platform: process.platform },
    });
  });

  it('refuses the API without the cookie, with a stale one, from a foreign Origin or to a foreign Host (403)', async () => {
    const post = (headers: Record<string, string>) => raw('/api/app.info', { method: 'POST', headers });
    const host = new URL(t.host.url).host;
    const none = await post({ host });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.text)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', hint: expect.stringContaining('link') },
    });
    const stale = await post({ host, cookie: `${sessionCookieName(new URL(t.host.url).port)}=from-an-earlier-launch` });
    expect(stale.status).toBe(403);
    const foreign = await post({ host, cookie: t.cookie, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.text)).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });
    const rebinding = await post({ host: 'attacker.example', cookie: t.cookie });
    expect(rebinding.status).toBe(403);
    const rebindLogin = await raw(`/?token=${t.host.token}`, { headers: { host: 'attacker.example' } });
    expect(rebindLogin.status).toBe(403);
    expect(rebindLogin.headers['set-cookie']).toBeUndefined();
  });

  it('keeps the link in web-host.json (mode 0600: url, pid, started)', () => {
    const file = join(t.dataDir, WEB_HOST_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const record = JSON.parse(readFileSync(file, 'utf8'));
    expect(record).toEqual({ url: t.host.loginUrl, pid: process.pid, started: expect.any(String) });
  });
});

describe('web host: coded answers', () => {
  it('answers unknown methods, bad JSON, a GET and invalid input with coded errors and hints', async () => {
    expect(await t.call('nope')).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const bad = await t.request('/api/app.info', { method: 'POST', body: '{' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-json', hint: expect.any(String) } });
    const get = await t.request('/api/app.info');
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ ok: false, error: { code: 'method-not-allowed', hint: expect.any(String) } });
    expect(await t.call('app.info', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers malformed percent-encoding with 400, never 500', async () => {
    for (const path of ['/%', '/%zz', '/api/%E0%A4%A', '/download/%']) {
      const res = await raw(path, { headers: { host: new URL(t.host.url).host, cookie: t.cookie } });
      expect(res.status, path).toBe(400);
      expect(res.text).toContain('not a valid URL');
    }
  });

  it('serves assets and never a file outside the renderer folder', async () => {
    expect((await t.request('assets/app.js')).status).toBe(200);
    expect((await t.request('assets/app.js', { cookie: false })).status).toBe(401);
    const host = new URL(t.host.url).host;
    expect((await raw('/assets/../../etc/passwd', { headers: { host, cookie: t.cookie } })).status).toBe(404);
    expect((await raw('/%2e%2e/%2e%2e/etc/passwd', { headers: { host, cookie: t.cookie } })).status).toBe(404);
  });

  it('hands a delivered file out once, HEAD does not use it up, and sends the security headers', async () => {
    const delivery = await t.host.ctx.files.deliver({
      name: 'a.crt',
      bytes: new Uint8Array([1, 2, 3]),
      mime: 'application/x-x509-ca-cert',
      secret: false,
    });
    if (delivery.kind !== 'download') throw new Error('expected a download');
    expect((await t.request(delivery.url, { cookie: false })).status).toBe(403);
    const head = await t.request(delivery.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('3');
    const first = await t.request(delivery.url);
    expect(first.headers.get('content-disposition')).toBe('attachment; filename="a.crt"');
    for (const header of SECURITY_HEADERS) expect(first.headers.get(header)).toBeTruthy();
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    const second = await t.request(delivery.url);
    expect(second.status).toBe(404);
    expect(await second.text()).toContain('already used or has expired');
  });
});
