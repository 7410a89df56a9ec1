import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judge, opensslSelfSigned } from './judges';

/**
 * Loopback servers for the exchange's tests: each misbehaves the way a wrong host, a proxy or an outage does
 * (HTML, 500, redirect, hang, reset). Test-only: nothing in the app imports this file.
 */
export interface LoopbackServer {
  url: string;
  requests: { method?: string | undefined; url?: string | undefined; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closer(server: Server, sockets: Set<Socket>) {
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

function track(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

export async function startLoopbackServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<LoopbackServer> {
  const requests: LoopbackServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, headers: req.headers });
    handler(req, res);
  });
  const sockets = track(server);
  return { url: `http://${await listen(server)}`, requests, close: closer(server, sockets) };
}

/** A port nothing listens on: bound, then released. */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  const port = Number((await listen(server)).split(':')[1]);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A self-signed certificate for `hostName`, made by openssl as an independent tool. */
export function opensslServerCertificate(hostName: string): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'exchange-tls-'));
  try {
    opensslSelfSigned(join(dir, 'k.pem'), join(dir, 'c.pem'), hostName, [
      '-days',
      '2',
      '-addext',
      `subjectAltName=DNS:${hostName}`,
    ]);
    return { key: readFileSync(join(dir, 'k.pem'), 'utf8'), cert: readFileSync(join(dir, 'c.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A private CA (what a TLS-inspecting proxy installs on company machines) and a server certificate it issued
 * for `hostName`, made by openssl: the server sends only its leaf, so a client without the CA cannot build
 * the chain (UNABLE_TO_VERIFY_LEAF_SIGNATURE).
 */
export function opensslPrivateCa(hostName: string): { caCert: string; key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'exchange-ca-'));
  const path = (name: string) => join(dir, name);
  try {
    opensslSelfSigned(path('ca.key'), path('ca.pem'), 'Inspection Root CA (test)', [
      '-days',
      '2',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]);
    const request = ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', path('k.pem'), '-out', path('r.csr')];
    judge('openssl', [...request, '-subj', `/CN=${hostName}`]);
    // The loopback address too, so the CLI can reach the server directly (loopback never goes through a proxy).
    writeFileSync(path('ext.cnf'), `subjectAltName=DNS:${hostName},IP:127.0.0.1\nextendedKeyUsage=serverAuth\n`);
    judge('openssl', [
      'x509',
      '-req',
      '-in',
      path('r.csr'),
      '-CA',
      path('ca.pem'),
      '-CAkey',
      path('ca.key'),
      '-CAcreateserial',
      '-days',
      '2',
      '-sha256',
      '-extfile',
      path('ext.cnf'),
      '-out',
      path('c.pem'),
    ]);
    const read = (name: string) => readFileSync(path(name), 'utf8');
    return { caCert: read('ca.pem'), key: read('k.pem'), cert: read('c.pem') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startHttpsServer(
  tls: { key: string; cert: string },
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<LoopbackServer> {
  const requests: LoopbackServer['requests'] = [];
  const server = createHttpsServer(tls, (req, res) => {
    requests.push({ method: req.method, url: req.url, headers: req.headers });
    handler(req, res);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return { url: `https://${await listen(server)}`, requests, close: closer(server, sockets) };
}

/**
 * A forward proxy like a corporate one: CONNECT tunnels for https, absolute-form requests for http. Every
 * host name is sent to `upstream` (host:port), so tests can use names that resolve nowhere.
 */
export async function startForwardProxy(upstream: () => { host: string; port: number }): Promise<LoopbackServer> {
  const requests: LoopbackServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, headers: req.headers });
    const target = new URL(req.url ?? '/');
    const { host, port } = upstream();
    const outgoing = httpRequest(
      { host, port, method: req.method, path: `${target.pathname}${target.search}`, headers: req.headers, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    outgoing.on('error', () => res.destroy());
    req.pipe(outgoing);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    requests.push({ method: req.method, url: req.url, headers: req.headers });
    const { host, port } = upstream();
    const outgoing = connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      outgoing.write(head);
      outgoing.pipe(client);
      client.pipe(outgoing);
    });
    outgoing.on('error', () => client.destroy());
    client.on('error', () => outgoing.destroy());
  });
  const sockets = track(server);
  return { url: `http://${await listen(server)}`, requests, close: closer(server, sockets) };
}
