import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { dispatch } from '../handlers/registry';
import type { HostContext } from '../host/host-context';
import { HTML_MIME, rendererMime } from '../host/renderer-files';
import { createServices } from '../host/services';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { DownloadRegistry } from './download-registry';

export const SECRET_HEADER = 'x-studio-secret';
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface WebHostOptions {
  rendererDir: string;
  dataDir: string;
  version: string;
  port?: number;
  /** Fixed only in tests; normally a fresh random secret each launch. */
  secret?: string;
}

export interface WebHost {
  url: string;
  secret: string;
  server: Server;
  ctx: HostContext;
  close(): Promise<void>;
}

/**
 * The browser host: the renderer's files and the same handlers as Electron's IPC, over HTTP on 127.0.0.1
 * only. Each launch has a secret, written into the page it serves; an API request without it, with a
 * foreign Origin, or addressed to another Host name (DNS rebinding) is refused with 403.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
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
  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (!hostAllowed(req.headers.host)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host');
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (url.pathname.startsWith('/download/')) return handleDownload(res, url.pathname.slice(10));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return serveStatic(res, url.pathname);
  }

  function hostAllowed(host: string | undefined): boolean {
    const port = (server.address() as AddressInfo).port;
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== origin.replace('127.0.0.1', 'localhost')) {
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'forbidden-origin', message: 'Requests from other sites are refused.' },
      });
    }
    if (!secretMatches(req.headers[SECRET_HEADER], secret)) {
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'forbidden', message: 'This request does not carry the launch secret.' },
      });
    }
    if (req.method !== 'POST')
      return sendJson(res, 405, { ok: false, error: { code: 'method-not-allowed', message: 'Use POST.' } });
    let body: unknown;
    try {
      const text = await readBody(req);
      body = text.length === 0 ? undefined : JSON.parse(text);
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge;
      return sendJson(res, tooLarge ? 413 : 400, {
        ok: false,
        error: tooLarge
          ? {
              code: 'input-too-large',
              message: 'The request is larger than 4 MB.',
              hint: 'Files over 1 MB are not keys or certificates.',
            }
          : { code: 'invalid-json', message: 'The request body is not JSON.' },
      });
    }
    sendJson(res, 200, await dispatch(method, body, ctx));
  }

  function handleDownload(res: ServerResponse, token: string): void {
    const file = downloads.take(token);
    if (!file) {
      send(res, 404, 'text/plain; charset=utf-8', 'This download link was already used or has expired.');
      return;
    }
    res.writeHead(200, {
      'Content-Type': file.mime,
      'Content-Length': file.bytes.byteLength,
      'Content-Disposition': `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(Buffer.from(file.bytes));
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
    const full = join(options.rendererDir, relative);
    if (!full.startsWith(options.rendererDir + sep) || relative.split(/[/\\]/).includes('..')) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(full);
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    if (relative === 'index.html') {
      const html = bytes.toString('utf8').replace('</head>', `<meta name="studio-secret" content="${secret}">\n</head>`);
      return send(res, 200, HTML_MIME, html);
    }
    send(res, 200, rendererMime(full), bytes);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    secret,
    server,
    ctx,
    close: async () => {
      await ctx.services.exchange.rehearsal.stop();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': type });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
