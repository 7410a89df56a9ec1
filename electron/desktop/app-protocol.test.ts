import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../web-host/content-security-policy';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, isAppUrl, serveAppRequest } from './app-protocol';

// An install path with what broke file:// URL comparisons: ~ (8.3 short names), [ ], spaces.
let rendererDir: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'app-scheme-'));
  rendererDir = join(base, 'ADMINI~1', 'SF JWT Studio [x]', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>SF JWT Studio</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(rendererDir, 'assets', 'data.bin'), 'x');
  outside = join(base, 'secret.txt');
  writeFileSync(outside, 'not for the page');
  symlinkSync(outside, join(rendererDir, 'assets', 'link.js'));
});

const get = (url: string, method = 'GET') => serveAppRequest(rendererDir, { url, method });

describe('the app://studio scheme', () => {
  it('is standard, secure and fetch-capable, with no CSP bypass and no CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_INDEX_URL).toBe('app://studio/index.html');
  });

  it('serves the renderer with its media type, the CSP as a real header and nosniff', async () => {
    const cases: [string, string][] = [
      ['app://studio/index.html', 'text/html; charset=utf-8'],
      ['app://studio/', 'text/html; charset=utf-8'],
      ['app://studio/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://studio/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://studio/assets/logo.svg', 'image/svg+xml'],
      ['app://studio/assets/data.bin', 'application/octet-stream'],
    ];
    for (const [url, type] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
    expect(await (await get('app://studio/index.html?x=1#/keys')).text()).toContain('<title>SF JWT Studio</title>');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://studio/../secret.txt',
      'app://studio/%2e%2e/secret.txt',
      'app://studio/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://studio/assets/..%5c..%5csecret.txt',
      `app://studio/${encodeURIComponent(outside)}`,
      'app://studio/assets/link.js',
      'app://studio/assets/%00index-abc.js',
      'app://studio/%E0%A4%A',
      'app://studio/missing.js',
      'app://studio/assets',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('not for the page');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers only GET/HEAD on its own host', async () => {
    expect((await get('app://studio/index.html', 'POST')).status).toBe(405);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://studio:99/index.html')).status).toBe(404);
    const head = await get('app://studio/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('recognises its origin by parsing, not by string', () => {
    expect(isAppUrl('app://studio')).toBe(true);
    expect(isAppUrl('APP://STUDIO/index.html')).toBe(true);
    expect(isAppUrl('app://studio.evil/index.html')).toBe(false);
    expect(isAppUrl('app://user@studio/')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});
