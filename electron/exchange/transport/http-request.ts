import { type ClientRequest, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import { rootCertificates, connect as tlsConnect } from 'node:tls';
import { classifyNetworkError, NetworkError, tlsPortError } from './network-error';
import { isLoopback, type ProxyEnv, proxyFor } from './proxy-env';

export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Extra trusted roots (a corporate TLS-inspecting proxy's CA); the system roots stay trusted. */
  ca?: string[];
  /** Where HTTPS_PROXY / NO_PROXY are read; process.env by default. */
  env?: ProxyEnv;
  /** The host's own proxy resolution (the desktop app asks the OS); replaces `env` when given. */
  resolveProxy?: (target: URL) => Promise<URL | undefined>;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A token endpoint answers a few hundred bytes; a megabyte is a page that is not one. */
const MAX_BODY_BYTES = 1024 * 1024;

function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username) return {};
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}

function tlsOptions(req: HttpRequest) {
  return req.ca ? { ca: [...rootCertificates, ...req.ca] } : {};
}

/** How long the TLS probe of a port that hung up on plain HTTP may take. */
const TLS_PROBE_MS = 2000;

/** Whether the URL's port completes a TLS handshake (the certificate is not judged: only the protocol). */
function speaksTls(target: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tlsConnect({
      host: target.hostname,
      port: Number(target.port || 80),
      ...(isIP(target.hostname) ? {} : { servername: target.hostname }),
      rejectUnauthorized: false,
    });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(TLS_PROBE_MS, () => done(false));
    socket.once('secureConnect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Opens a CONNECT tunnel through the proxy and answers the raw socket to the target. */
function tunnel(proxy: URL, target: URL, signal: AbortSignal): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    const port = target.port || '443';
    const connect = httpRequest({
      host: proxy.hostname,
      port: proxy.port || 80,
      method: 'CONNECT',
      path: `${target.hostname}:${port}`,
      headers: { host: `${target.hostname}:${port}`, ...proxyAuthorization(proxy) },
      agent: false,
    });
    const abort = () => connect.destroy(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    connect.once('connect', (response, socket) => {
      signal.removeEventListener('abort', abort);
      if (response.statusCode !== 200) {
        socket.destroy();
        reject(
          new NetworkError(
            'refused',
            `The proxy ${proxy.host} refused the tunnel to ${target.host} (HTTP ${response.statusCode}).`,
          ),
        );
        return;
      }
      resolve(socket);
    });
    connect.once('error', (error) => reject(classifyNetworkError(error, target, proxy)));
    connect.end();
  });
}

/**
 * One HTTP exchange with everything the token flow needs and fetch lacks: HTTPS_PROXY / NO_PROXY (a CONNECT
 * tunnel for https, absolute-form requests for http), no redirect following (a 3xx is returned as is), a
 * hard timeout, cancellation, and transport errors classified as NetworkError.
 */
export async function sendHttpRequest(req: HttpRequest): Promise<HttpResponse> {
  const target = new URL(req.url);
  // Loopback (the rehearsal emulator) is always direct, whatever the OS or the environment say.
  const proxy = isLoopback(target)
    ? undefined
    : req.resolveProxy
      ? await req.resolveProxy(target)
      : proxyFor(target, req.env ?? process.env);
  const controller = new AbortController();
  const timer = setTimeout(
    // One decimal: what is left of an exchange's deadline (0.997 s) reads as the deadline it is.
    () =>
      controller.abort(
        new NetworkError('timeout', `${target.host} did not answer within ${Math.round(req.timeoutMs / 100) / 10} s.`),
      ),
    req.timeoutMs,
  );
  const onCancel = () => controller.abort(new NetworkError('cancelled', 'The request was cancelled.'));
  if (req.signal?.aborted) onCancel();
  req.signal?.addEventListener('abort', onCancel, { once: true });
  const headers = {
    ...req.headers,
    ...(req.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(req.body)) }),
  };
  try {
    if (controller.signal.aborted) throw controller.signal.reason;
    let client: ClientRequest;
    if (proxy && target.protocol === 'https:') {
      const socket = await tunnel(proxy, target, controller.signal);
      client = httpsRequest(target, {
        method: req.method,
        headers,
        // No agent: Node then uses createConnection, our TLS session inside the tunnel.
        createConnection: () => tlsConnect({ socket, servername: target.hostname, ...tlsOptions(req) }),
      });
    } else if (proxy) {
      client = httpRequest({
        host: proxy.hostname,
        port: proxy.port || 80,
        method: req.method,
        path: target.href,
        headers: { ...headers, host: target.host, ...proxyAuthorization(proxy) },
        agent: false,
      });
    } else {
      const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
      client = request(target, { method: req.method, headers, agent: false, ...tlsOptions(req) });
    }
    return await new Promise<HttpResponse>((resolve, reject) => {
      const abort = () => client.destroy(controller.signal.reason as Error);
      controller.signal.addEventListener('abort', abort, { once: true });
      client.once('error', (error) => reject(classifyNetworkError(error, target, proxy)));
      client.once('response', (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_BODY_BYTES) chunks.push(chunk);
        });
        response.once('error', (error) => reject(classifyNetworkError(error, target, proxy)));
        response.once('close', () => {
          if (!response.complete)
            reject(classifyNetworkError(controller.signal.reason ?? new Error('socket hang up'), target, proxy));
        });
        response.once('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      client.end(req.body);
    });
  } catch (error) {
    const classified = classifyNetworkError(controller.signal.aborted ? controller.signal.reason : error, target, proxy);
    // A TLS server hangs up on plain HTTP without a word: a short handshake tells that from a real reset.
    if (classified.kind === 'reset' && !proxy && target.protocol === 'http:' && (await speaksTls(target)))
      throw tlsPortError(target);
    throw classified;
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onCancel);
  }
}
