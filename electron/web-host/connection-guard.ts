import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A cap on open connections that keeps the user's own calls answering: at the cap, the oldest connection with
 * no request in progress (an idle keep-alive, a client that never sends, a slowloris still on its headers) is
 * closed to make room; only when every connection is busy does the newcomer get a 503. A browser opens about
 * six connections per host, so the cap is far above one user's need and below a small file-descriptor limit.
 */
export class ConnectionGuard {
  private readonly busy = new Map<Socket, number>();

  constructor(
    server: Server,
    private readonly cap: number,
    overloaded: () => string,
  ) {
    server.on('connection', (socket: Socket) => {
      if (this.busy.size >= this.cap && !this.evictIdle()) {
        socket.end(overloaded());
        socket.setTimeout(1_000, () => socket.destroy());
        return;
      }
      this.busy.set(socket, 0);
      socket.once('close', () => this.busy.delete(socket));
    });
    server.on('request', (req, res) => {
      const socket = req.socket as Socket;
      if (!this.busy.has(socket)) return;
      this.busy.set(socket, (this.busy.get(socket) ?? 0) + 1);
      res.once('close', () => {
        if (this.busy.has(socket)) this.busy.set(socket, Math.max(0, (this.busy.get(socket) ?? 1) - 1));
      });
    });
  }

  /** Closes the oldest idle connection (Map order is insertion order); false when all are busy. */
  private evictIdle(): boolean {
    for (const [socket, requests] of this.busy) {
      if (requests === 0) {
        this.busy.delete(socket);
        socket.destroy();
        return true;
      }
    }
    return false;
  }

  stop(): void {
    for (const socket of this.busy.keys()) socket.destroy();
    this.busy.clear();
  }
}
