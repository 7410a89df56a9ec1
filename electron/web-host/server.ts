import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { toErrorShape } from '../../shared/errors/studio-error';
import { sizeText } from '../../shared/files/input-limits';
import {
  API_PREFIX,
  cookieValue,
  DOWNLOAD_PREFIX,
  MAX_BODY_BYTES,
  sessionCookie,
  sessionCookieName,
  TOKEN_PARAM,
} from '../../shared/web-transport/web-transport';
import { statusOf, type WebTransportErrorCode, webTransportErrors } from '../../shared/web-transport/web-transport-errors';
import { writeFileAtomic } from '../files/atomic-write';
import { dispatch } from '../handlers/registry';
import { acquireDataDirLock } from '../host/data-dir-lock';
import type { HostContext } from '../host/host-context';
import { rendererMime } from '../host/renderer-files';
import { createServices } from '../host/services';
import { ConnectionGuard } from './connection-guard';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { DownloadRegistry } from './download-registry';

/** Where the running host's link waits for its user (mode 0600), next to the data it serves. */
export const WEB_HOST_FILE = 'web-host.json';

export interface WebHostOptions {
  rendererDir: string;
  dataDir: string;
  version: string;
  port?: number;
  /** Fixed only in tests; normally a fresh random token each launch. */
  token?: string;
  /** Open connections beyond which idle ones are closed, and new ones answered 503 when none is idle. */
  maxConnections?: number;
}

export interface WebHost {
  /** The host's address, without the token. */
  url: string;
  /** The link that logs a browser in: `url` with `?token=…`. Printed once at start and kept in web-host.json. */
  loginUrl: string;
  token: string;
  server: Server;
  ctx: HostContext;
  close(): Promise<void>;
}

/**
 * The browser host: the renderer's files and the same handlers as Electron's IPC, over HTTP on 127.0.0.1
 * only. Every request needs the session cookie that the launch token buys (see shared/web-transport), on top
 * of the Host check (DNS rebinding) and, for the API, the Origin check (other sites).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenDigest = digest(token);
  const sessions = new Set<string>();
  const lock = acquireDataDirLock(options.dataDir);
  const downloads = new DownloadRegistry();
  const ctx: HostContext = {
    host: 'web',
    version: options.version,
    platform: process.platform,
    dataDir: options.dataDir,
    files: downloads,
    services: createServices({ dataDir: options.dataDir }),
  };
  let origin = '';
  let port = 0;
  const server = createServer(
    {
      // Slow or idle clients are cut off instead of holding a socket (and a file descriptor) for minutes.
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      connectionsCheckingInterval: 1_000,
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: toErrorShape(error) });
        else res.destroy();
      });
    },
  );
  server.keepAliveTimeout = 5_000;
  const guard = new ConnectionGuard(server, options.maxConnections ?? 128, () => rawAnswer('too-many-connections'));
  // Node's own answers to broken, slow or oversized requests would carry none of the security headers.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const code =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request-timeout'
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? 'headers-too-large'
          : 'malformed-request';
    socket.end(rawAnswer(code));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host)) return refuse(req, res, 'forbidden-host', 'text');
    const raw = req.url ?? '/';
    const queryAt = raw.indexOf('?');
    const rawPath = queryAt < 0 ? raw : raw.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return refuse(req, res, 'malformed-url', 'text');
    }
    const isApi = pathname.startsWith(API_PREFIX);
    if (isApi && !originAllowed(req.headers.origin)) return refuse(req, res, 'forbidden-origin', 'json');
    const tokenGiven = query.get(TOKEN_PARAM);
    if (tokenGiven !== null && !isApi) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, 'method-not-allowed', 'text');
      return login(req, res, tokenGiven, rawPath, query);
    }
    if (!hasSession(req)) {
      // Refused before a byte of the body is read: without a session nobody gets to make the host buffer anything.
      if (isApi || pathname.startsWith(DOWNLOAD_PREFIX)) return refuse(req, res, 'forbidden', isApi ? 'json' : 'text');
      return refuse(req, res, 'login-required', 'html');
    }
    if (isApi) return handleApi(req, res, pathname.slice(API_PREFIX.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, 'method-not-allowed', 'text');
    if (pathname.startsWith(DOWNLOAD_PREFIX)) return handleDownload(req, res, pathname.slice(DOWNLOAD_PREFIX.length));
    return serveStatic(req, res, pathname);
  }

  function hostAllowed(host: string | undefined): boolean {
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  }

  function originAllowed(requestOrigin: string | undefined): boolean {
    return requestOrigin === undefined || requestOrigin === origin || requestOrigin === `http://localhost:${port}`;
  }

  function hasSession(req: IncomingMessage): boolean {
    const session = cookieValue(req.headers.cookie, sessionCookieName(port));
    return session !== undefined && sessions.has(session);
  }

  /** The token buys a session cookie; the redirect drops the token from the address bar and the history. */
  function login(req: IncomingMessage, res: ServerResponse, given: string, rawPath: string, query: URLSearchParams): void {
    if (!timingSafeEqual(digest(given), tokenDigest)) {
      refuse(req, res, 'invalid-token', 'html');
      return;
    }
    const session = randomBytes(32).toString('base64url');
    sessions.add(session);
    query.delete(TOKEN_PARAM);
    const rest = query.toString();
    // `//host` or `/\host` would be read by the browser as another site: such a path goes back to the app.
    const path = /^\/[/\\]/.test(rawPath) ? '/' : rawPath;
    res.writeHead(302, {
      ...securityHeaders(),
      'Set-Cookie': sessionCookie(port, session),
      Location: rest ? `${path}?${rest}` : path,
      'Content-Length': 0,
    });
    res.end();
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return refuse(req, res, 'method-not-allowed', 'json');
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return refuse(req, res, 'input-too-large', 'json');
    const text = await readBody(req);
    if (text === undefined) return refuse(req, res, 'input-too-large', 'json');
    let body: unknown;
    try {
      body = text.length === 0 ? undefined : JSON.parse(text);
    } catch {
      return refuse(req, res, 'invalid-json', 'json');
    }
    sendJson(res, 200, await dispatch(method, body, ctx));
  }

  function handleDownload(req: IncomingMessage, res: ServerResponse, id: string): void {
    // HEAD (a link preview, a prefetch, a scanner) looks without using up the one-time link.
    const file = req.method === 'HEAD' ? downloads.peek(id) : downloads.take(id);
    if (!file) {
      refuse(req, res, 'download-gone', 'text');
      return;
    }
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': file.mime,
      'Content-Length': file.bytes.byteLength,
      'Content-Disposition': `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`,
    });
    res.end(req.method === 'HEAD' ? undefined : Buffer.from(file.bytes));
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : normalize(pathname).replace(/^[/\\]+/, '');
    const full = join(options.rendererDir, relative);
    if (!full.startsWith(options.rendererDir + sep) || relative.split(/[/\\]/).includes('..')) {
      return refuse(req, res, 'not-found', 'text');
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(full);
    } catch {
      return refuse(req, res, 'not-found', 'text');
    }
    send(res, 200, rendererMime(full), bytes);
  }

  let url: string;
  let loginUrl: string;
  const linkFile = join(options.dataDir, WEB_HOST_FILE);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    port = (server.address() as AddressInfo).port;
    origin = `http://127.0.0.1:${port}`;
    url = `${origin}/`;
    loginUrl = `${url}?${TOKEN_PARAM}=${token}`;
    lock.setUrl(url);
    const record = { url: loginUrl, pid: process.pid, started: new Date().toISOString() };
    await writeFileAtomic(linkFile, `${JSON.stringify(record, null, 2)}\n`, { secret: true });
  } catch (error) {
    guard.stop();
    server.close();
    lock.release();
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    url,
    loginUrl,
    token,
    server,
    ctx,
    close: () => {
      closed ??= (async () => {
        await ctx.services.exchange.rehearsal.stop();
        // Whatever the workspace was told last reaches the disk before the data folder is let go.
        await ctx.services.workspace.saved().catch(() => undefined);
        guard.stop();
        await new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        });
        await rm(linkFile, { force: true });
        lock.release();
      })();
      return closed;
    },
  };
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** The web host's own wording where the entry is shared with another input (a body, not a piped value). */
const REQUEST_MESSAGES: Partial<Record<WebTransportErrorCode, string>> = {
  'input-too-large': `The request is larger than ${sizeText(MAX_BODY_BYTES)}.`,
};

function transportError(code: WebTransportErrorCode) {
  return webTransportErrors.raise(code, REQUEST_MESSAGES[code]).toShape();
}

/**
 * Answers a transport error. A request whose body is still on the wire gets `Connection: close`: Node closes
 * the socket once the answer is written, so the rest of the body is never read (a 105 MB upload costs the
 * host what arrived before the answer), and over loopback the answer is in the client's receive buffer
 * before the close, so the client reads a 403 or 413 rather than a reset.
 */
function refuse(req: IncomingMessage, res: ServerResponse, code: WebTransportErrorCode, kind: 'json' | 'text' | 'html'): void {
  const error = transportError(code);
  const pending =
    !req.complete && (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined);
  if (pending) res.setHeader('Connection', 'close');
  const status = statusOf(code);
  if (kind === 'json') sendJson(res, status, { ok: false, error });
  else if (kind === 'text') send(res, status, 'text/plain; charset=utf-8', `${error.message} ${error.hint ?? ''}\n`);
  else send(res, status, 'text/html; charset=utf-8', refusalPage(error.message, error.hint ?? ''));
}

function refusalPage(message: string, hint: string): string {
  const html = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>SF JWT Studio</title></head><body><main><h1>SF JWT Studio</h1><p>${html(message)}</p><p>${html(hint)}</p></main></body></html>\n`;
}

/** The body as text, or undefined when it exceeds the limit (reading stops there). */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeListener('data', onData);
        req.removeListener('end', onEnd);
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

const REASON: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
  503: 'Service Unavailable',
};

/** A whole JSON error answer written straight to a socket, for what never reaches the request handler. */
function rawAnswer(code: WebTransportErrorCode): string {
  const json = JSON.stringify({ ok: false, error: transportError(code) });
  const headers = { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  const status = statusOf(code);
  return `HTTP/1.1 ${status} ${REASON[status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\nContent-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': type });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
