import { type MethodName, methodNames, type StudioApi } from '../api/contract';
import type { Result } from '../api/result';
import { webTransportErrors } from './web-transport-errors';

/**
 * The browser host's wire format, in one place for the web host, the renderer's client and the test client.
 * Access follows Jupyter Server's token model (https://jupyter-server.readthedocs.io/en/latest/operators/security.html):
 * the URL printed at start carries a launch token; opening it sets an HttpOnly, SameSite=Strict session cookie
 * and redirects to the same path without the token; every API call and download needs that cookie.
 */
export const TOKEN_PARAM = 'token';
export const API_PREFIX = '/api/';
export const DOWNLOAD_PREFIX = '/download/';
/** The largest API request body the web host reads. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * The session cookie's name. Cookies are not isolated by port, so two hosts on 127.0.0.1 (two data dirs, or a
 * stale tab of an earlier launch) each get their own name instead of overwriting one another's session.
 */
export const sessionCookieName = (port: number | string): string => `sf-jwt-studio-${port}`;

export const apiPath = (method: string): string => `${API_PREFIX}${encodeURIComponent(method)}`;

/** The `Set-Cookie` value of a session: only HTTP sends it back, only to this site, for every path. */
export const sessionCookie = (port: number | string, session: string): string =>
  `${sessionCookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/`;

/** The value of one cookie in a `Cookie` header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface WebClientOptions {
  /** Prefix of every request: '' in the page (same origin), the host's URL in tests. */
  base?: string;
  /** Extra headers, e.g. the session cookie outside a browser. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/**
 * The contract's methods, each a POST to /api/<method>. In the page the browser sends the session cookie on
 * its own (a same-origin fetch carries cookies); no secret lives in the page.
 */
export function createWebClient(options: WebClientOptions = {}): StudioApi {
  const base = (options.base ?? '').replace(/\/$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const call = async (method: MethodName, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await doFetch(`${base}${apiPath(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: input === undefined ? '' : JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: webTransportErrors.raise('host-unreachable').toShape() };
    }
  };
  return Object.fromEntries(methodNames.map((m) => [m, (input?: unknown) => call(m, input)])) as unknown as StudioApi;
}
