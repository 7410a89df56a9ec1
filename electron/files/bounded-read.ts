import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileErrors } from '../../shared/files/file-errors';
import { sizeText } from '../../shared/files/input-limits';

export interface BoundedReadOptions {
  /** The most bytes the file may have: reading stops one byte past it, whatever `stat` says. */
  maxBytes: number;
  /** What the file is, for the message: "the private key file", "the certificate". */
  what: string;
  /** How long a pipe or device may take to give its bytes (5 s by default). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;
/** A pipe with nothing to read yet is asked again this often until the timeout. */
const RETRY_MS = 20;
const CHUNK = 64 * 1024;

/**
 * O_NONBLOCK: opening a named pipe with no writer returns at once instead of blocking a libuv thread forever
 * (open(2), "O_NONBLOCK"); reads then answer EAGAIN or 0 bytes, which the loop below turns into a timeout or
 * a coded error.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

function openFailed(path: string, what: string, error: unknown) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return fileErrors.raise('not-a-file', `${path} is a folder, not ${what}.`);
  if (code === 'EACCES' || code === 'EPERM')
    return fileErrors.raise('file-unreadable', `${path} cannot be read: permission denied.`);
  return fileErrors.raise('file-not-found', `Cannot read ${what} ${path}.`);
}

function checkKind(stats: Stats, path: string, what: string): void {
  if (stats.isDirectory()) throw fileErrors.raise('not-a-file', `${path} is a folder, not ${what}.`);
  if (stats.isSocket()) throw fileErrors.raise('not-a-file', `${path} is a socket, not ${what}.`);
}

/** Collects chunks up to the cap; the first byte past it is the file-too-large error. */
class Collected {
  private readonly chunks: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly path: string,
    private readonly options: BoundedReadOptions,
  ) {}

  add(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.size > this.options.maxBytes) {
      throw fileErrors.raise(
        'file-too-large',
        `${this.path} is larger than ${sizeText(this.options.maxBytes)}, more than ${this.options.what} ever is.`,
      );
    }
    this.chunks.push(chunk);
  }

  /** A pipe or device that ended without a byte had nothing to give: not the file meant. */
  done(stats: Stats): Buffer {
    if (this.size === 0 && !stats.isFile()) {
      throw fileErrors.raise('not-a-file', `${this.path} gave no data: it is a pipe or device, not ${this.options.what}.`);
    }
    return Buffer.concat(this.chunks, this.size);
  }
}

function wouldBlock(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EAGAIN' || code === 'EWOULDBLOCK';
}

/**
 * Reads a whole input file, never more than `maxBytes` + 1 bytes: `/dev/zero` and a pipe report size 0, so the
 * cap is on the bytes actually read. Folders and sockets are refused; a pipe or device that gives no data
 * within the timeout is a coded error, not a hang.
 */
export async function readBounded(path: string, options: BoundedReadOptions): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    throw openFailed(path, options.what, error);
  }
  try {
    const stats = await handle.stat();
    checkKind(stats, path, options.what);
    const collected = new Collected(path, options);
    const deadline = performance.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK, null));
      } catch (error) {
        if (!wouldBlock(error)) throw openFailed(path, options.what, error);
        if (performance.now() > deadline) {
          throw fileErrors.raise(
            'file-read-timeout',
            `${path} gave no end within ${(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s.`,
          );
        }
        await sleep(RETRY_MS);
        continue;
      }
      if (bytesRead === 0) return collected.done(stats);
      collected.add(Buffer.from(buffer.subarray(0, bytesRead)));
      if (performance.now() > deadline && !stats.isFile()) {
        throw fileErrors.raise(
          'file-read-timeout',
          `${path} gave no end within ${(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s.`,
        );
      }
    }
  } finally {
    await handle.close();
  }
}

/**
 * The same bounds for a synchronous caller (a configuration parsed in one pass). It cannot wait, so a pipe with
 * nothing to read yet is refused at once.
 */
export function readBoundedSync(path: string, options: BoundedReadOptions): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw openFailed(path, options.what, error);
  }
  try {
    const stats = fstatSync(fd);
    checkKind(stats, path, options.what);
    const collected = new Collected(path, options);
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buffer, 0, CHUNK, null);
      } catch (error) {
        if (wouldBlock(error))
          throw fileErrors.raise('not-a-file', `${path} is a pipe with nothing to read, not ${options.what}.`);
        throw openFailed(path, options.what, error);
      }
      if (bytesRead === 0) return collected.done(stats);
      collected.add(Buffer.from(buffer.subarray(0, bytesRead)));
    }
  } finally {
    closeSync(fd);
  }
}

/** Standard input (`-`), read up to the cap; it may take its time (a paste), so there is no timeout. */
export async function readStdinBounded(stream: Readable, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > maxBytes) {
      stream.destroy();
      throw fileErrors.raise(
        'input-too-large',
        `The standard input is larger than ${sizeText(maxBytes)}, more than ${what} ever is.`,
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}
