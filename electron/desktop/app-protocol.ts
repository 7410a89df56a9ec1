import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { rendererMime } from '../host/renderer-files';
import { CONTENT_SECURITY_POLICY } from '../web-host/content-security-policy';

/**
 * The renderer is served from `app://studio/…` rather than file:// (Electron's security checklist, "Use a custom
 * protocol instead of file://": https://www.electronjs.org/docs/latest/tutorial/security). Its origin is then one
 * fixed, install-path-independent value that the IPC sender check and the permission handlers can key on, and
 * the page gets none of file://'s extra privileges.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Standard (relative URLs, an origin, web storage) and secure (like https: no mixed content) as the docs ask;
 * fetch support because Vite's `<script type="module" crossorigin>` is loaded through Fetch. No CSP bypass, no
 * CORS: nothing else may read from it. https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/** True for a URL (or origin) on our own scheme and host: `app://studio/…`. Parsed, never compared as strings. */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    // WHATWG parsing keeps a non-special scheme's host as written; Chromium lower-cases a standard scheme's.
    const host = parsed.hostname.toLowerCase();
    return parsed.protocol === `${APP_SCHEME}:` && host === APP_HOST && !parsed.port && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The file a request names inside `rootDir`, or undefined when it names anything outside it. */
async function containedFile(rootDir: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const wanted = decoded === '/' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  const root = await realpath(rootDir);
  const candidate = resolve(root, wanted);
  let real: string;
  try {
    // realpath also resolves symbolic links, so a link inside the folder cannot point outside it.
    real = await realpath(candidate);
  } catch {
    return undefined;
  }
  const inside = relative(root, real);
  if (inside === '' || isAbsolute(inside) || inside.split(sep)[0] === '..') return undefined;
  return real;
}

/**
 * Answers one `app://studio/…` request from the built renderer folder: GET only, our host only, files inside
 * the folder only, each with its media type, the CSP as a real header, and nosniff.
 */
export async function serveAppRequest(rendererDir: string, request: { url: string; method: string }): Promise<Response> {
  if (!isAppUrl(request.url)) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = await containedFile(rendererDir, new URL(request.url).pathname);
  if (!file) return plain(404, 'Not found');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': rendererMime(file) },
  });
}
