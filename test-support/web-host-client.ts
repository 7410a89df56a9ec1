import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost, type WebHost } from '../electron/web-host/server';
import type { StudioApi } from '../shared/api/contract';
import type { Delivery } from '../shared/api/delivery';
import type { Result } from '../shared/api/result';
import { apiPath, createWebClient } from '../shared/web-transport/web-transport';

/** A renderer folder with just enough to serve: an index page and one asset. */
export function tempRendererDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sfjs-renderer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

/**
 * The cookie header a browser would send after opening the host's printed link: the login is the real one
 * (GET /?token=…, Set-Cookie, redirect), so every test goes through the same door as the user.
 */
export async function logIn(loginUrl: string): Promise<string> {
  const res = await fetch(loginUrl, { redirect: 'manual' });
  const setCookie = res.headers.get('set-cookie');
  if (res.status !== 302 || !setCookie) throw new Error(`login through the token link answered ${res.status}`);
  return setCookie.split(';')[0] as string;
}

export interface TestWebHost {
  host: WebHost;
  dataDir: string;
  /** `name=value`, as the browser sends it. */
  cookie: string;
  /** The contract's methods over real HTTP, typed. */
  api: StudioApi;
  /** Any method by name (also names outside the contract). */
  call<T = unknown>(method: string, input?: unknown): Promise<Result<T>>;
  /** The same, with the HTTP status and the answer's raw JSON text. */
  callRaw<T = unknown>(method: string, input?: unknown): Promise<{ status: number; raw: string; result: Result<T> }>;
  /** A request to a path of the host with the session cookie (unless `cookie: false`). */
  request(path: string, init?: RequestInit & { cookie?: boolean }): Promise<Response>;
  /** The bytes behind a delivery's one-time link. */
  download(delivery: Delivery): Promise<Buffer>;
  close(): Promise<void>;
}

/** A real web host on loopback (temp renderer folder and data dir unless given), logged in. */
export async function startTestWebHost(
  options: { dataDir?: string; rendererDir?: string; version?: string; maxConnections?: number } = {},
): Promise<TestWebHost> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sfjs-data-'));
  const host = await startWebHost({
    rendererDir: options.rendererDir ?? tempRendererDir(),
    dataDir,
    version: options.version ?? '0.0.0-test',
    ...(options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections }),
  });
  const cookie = await logIn(host.loginUrl);
  const request = (path: string, init: RequestInit & { cookie?: boolean } = {}) => {
    const { cookie: withCookie = true, headers, ...rest } = init;
    return fetch(new URL(path, host.url), { ...rest, headers: { ...(withCookie ? { cookie } : {}), ...(headers as object) } });
  };
  async function callRaw<T>(method: string, input?: unknown) {
    const res = await request(apiPath(method), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    const raw = await res.text();
    return { status: res.status, raw, result: JSON.parse(raw) as Result<T> };
  }
  const call = async <T>(method: string, input?: unknown) => (await callRaw<T>(method, input)).result;
  return {
    host,
    dataDir,
    cookie,
    api: createWebClient({ base: host.url, headers: { cookie } }),
    call,
    callRaw,
    request,
    async download(delivery) {
      if (delivery.kind !== 'download') throw new Error(`expected a download, got ${delivery.kind}`);
      return Buffer.from(await (await request(delivery.url)).arrayBuffer());
    },
    close: () => host.close(),
  };
}
