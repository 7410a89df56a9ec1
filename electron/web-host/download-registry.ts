import { randomBytes } from 'node:crypto';
import type { Delivery } from '../../shared/api/delivery';
import type { FileDelivery, OutgoingFile } from '../host/file-delivery';

const TTL_MS = 5 * 60_000;

/**
 * The browser host's way of handing over a file: the bytes wait on the Node side behind a random one-time
 * URL, and the page points a download link at it. The bytes go to the browser's download manager, never
 * into the page's JavaScript, which matters for private keys.
 */
export class DownloadRegistry implements FileDelivery {
  private readonly pending = new Map<string, { file: OutgoingFile; expires: number }>();

  async deliver(file: OutgoingFile): Promise<Delivery> {
    this.sweep();
    const token = randomBytes(24).toString('base64url');
    this.pending.set(token, { file, expires: Date.now() + TTL_MS });
    return { kind: 'download', url: `/download/${token}`, name: file.name };
  }

  /** Returns the file once; a second request for the same token finds nothing. */
  take(token: string): OutgoingFile | undefined {
    this.sweep();
    const entry = this.pending.get(token);
    this.pending.delete(token);
    return entry?.file;
  }

  /** The file without using up its link (for HEAD). */
  peek(token: string): OutgoingFile | undefined {
    this.sweep();
    return this.pending.get(token)?.file;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [token, entry] of this.pending) if (entry.expires < now) this.pending.delete(token);
  }
}
