import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWebHost, type TestWebHost } from '../../test-support/web-host-client';

let t: TestWebHost;
let port: number;

beforeAll(async () => {
  t = await startTestWebHost();
  port = Number(new URL(t.host.url).port);
});
afterAll(() => t.close());

const open = (): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', () => {}); // The host may close idle sockets to make room: that is the point.
    socket.once('error', reject);
  });

/** Posts `total` bytes (chunked when asked), and answers the status the host sent back, or the socket error. */
function upload(
  total: number,
  headers: Record<string, string>,
  chunked = false,
): Promise<{ status?: number; text?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/api/app.info',
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': String(total) }), ...headers },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => {
        text += String(d);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? String(error) }));
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('web host socket layer', () => {
  it('answers a 20 MB body with a real 413 (declared or chunked), and one without the cookie with a 403, never a reset', async () => {
    const MB20 = 20 * 1024 * 1024;
    const declared = await upload(MB20, { cookie: t.cookie });
    expect(declared).toMatchObject({ status: 413 });
    expect(JSON.parse(declared.text ?? '')).toMatchObject({
      ok: false,
      error: { code: 'input-too-large', hint: expect.any(String) },
    });
    const chunked = await upload(MB20, { cookie: t.cookie }, true);
    expect(chunked).toMatchObject({ status: 413 });
    const anonymous = await upload(MB20, {});
    expect(anonymous).toMatchObject({ status: 403 });
    expect(JSON.parse(anonymous.text ?? '')).toMatchObject({ error: { code: 'forbidden' } });
    // The host still answers afterwards.
    expect(await t.api['app.info']()).toMatchObject({ ok: true });
  });

  it('with 1,000 idle sockets open, the user’s API calls still answer (p95 < 100 ms)', async () => {
    // Warm up first (JIT, the client's connection), so the figure is about the sockets, not the first calls.
    for (let i = 0; i < 20; i++) await t.api['app.info']();
    const started = Date.now();
    const idle: Socket[] = [];
    try {
      for (let i = 0; i < 1000 && Date.now() - started < 15_000; i++) {
        const socket = await open();
        // Half never send a byte; the other half are slowloris clients stuck in their headers.
        if (i % 2) socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `);
        idle.push(socket);
      }
      expect(idle.length).toBe(1000);
      const times: number[] = [];
      for (let i = 0; i < 100; i++) {
        const start = performance.now();
        const result = await t.api['app.info']();
        times.push(performance.now() - start);
        expect(result.ok).toBe(true);
      }
      times.sort((a, b) => a - b);
      const p95 = times[Math.floor(times.length * 0.95)] as number;
      expect(p95).toBeLessThan(100);
    } finally {
      for (const socket of idle) socket.destroy();
    }
  }, 30_000);

  it('cuts off a slowloris client and a silent one within the headers timeout, answering 408 with the security headers', async () => {
    const read = (socket: Socket) =>
      new Promise<{ text: string; ms: number }>((resolve) => {
        const start = Date.now();
        let text = '';
        socket.on('data', (d) => {
          text += String(d);
        });
        socket.once('close', () => resolve({ text, ms: Date.now() - start }));
      });
    const slow = await open();
    slow.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    const trickle = setInterval(() => slow.writable && slow.write('X-Slow: 1\r\n'), 1_000);
    const silent = await open();
    try {
      const [slowEnd, silentEnd] = await Promise.all([read(slow), read(silent)]);
      expect(slowEnd.ms).toBeLessThan(13_000);
      expect(slowEnd.text).toMatch(/^HTTP\/1\.1 408 /);
      expect(slowEnd.text).toContain('Content-Security-Policy:');
      expect(slowEnd.text).toContain('"code":"request-timeout"');
      expect(silentEnd.ms).toBeLessThan(13_000);
    } finally {
      clearInterval(trickle);
      slow.destroy();
      silent.destroy();
    }
  }, 20_000);

  it('answers a request that is not HTTP with a coded 400', async () => {
    const socket = await open();
    const text = await new Promise<string>((resolve) => {
      let answer = '';
      socket.on('data', (d) => {
        answer += String(d);
      });
      socket.once('close', () => resolve(answer));
      socket.write('NOT HTTP AT ALL\r\n\r\n');
    });
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toContain('"code":"malformed-request"');
  });

  it('answers 503 beyond the cap when every connection is busy', async () => {
    const small = await startTestWebHost({ maxConnections: 3 });
    const busy: Socket[] = [];
    try {
      const smallPort = Number(new URL(small.host.url).port);
      // The login's own keep-alive connection is idle, so the cap makes room by closing it.
      for (let i = 0; i < 3; i++) {
        const socket = await new Promise<Socket>((resolve) => {
          const s = connect(smallPort, '127.0.0.1', () => resolve(s));
          s.on('error', () => {});
        });
        // A request in progress: headers done, body still coming.
        socket.write(
          `POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${smallPort}\r\nCookie: ${small.cookie}\r\nContent-Length: 100\r\n\r\n{`,
        );
        busy.push(socket);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      const answer = await small.request('/api/app.info', { method: 'POST' }).catch((error: Error) => error);
      expect(answer instanceof Response && answer.status).toBe(503);
      if (answer instanceof Response) expect(await answer.json()).toMatchObject({ error: { code: 'too-many-connections' } });
    } finally {
      for (const socket of busy) socket.destroy();
      await small.close();
    }
  });
});
