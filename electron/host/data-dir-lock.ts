import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirLockErrors } from '../../shared/errors/data-dir-lock-errors';

export const LOCK_FILE = 'studio.lock';

interface LockRecord {
  pid: number;
  url?: string;
  started: string;
}

export interface DataDirLock {
  /** Records the running host's address (without any secret), for the refusal a second host prints. */
  setUrl(url: string): void;
  /** Removes the lock, only while it is still this process's. */
  release(): void;
}

/**
 * One data folder, one owner: two hosts writing the same profile store lose each other's saves. The lock is a
 * file created with O_EXCL holding the owner's pid (and URL); a lock whose pid no longer runs (a killed host)
 * is taken over. Throws `data-dir-in-use` naming the running owner's URL or pid.
 */
export function acquireDataDirLock(dataDir: string, options: { url?: string } = {}): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, LOCK_FILE);
  const mine: LockRecord = { pid: process.pid, started: new Date().toISOString(), ...(options.url ? { url: options.url } : {}) };
  // Bounded: each round either creates the lock, refuses, or removes one stale lock.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, mine)) return handle(path, mine);
    const owner = readRecord(path);
    if (owner && isRunning(owner.pid)) throw inUse(owner);
    takeOverStale(path, owner);
  }
  throw dataDirLockErrors.raise('data-dir-in-use', `Another SF JWT Studio keeps taking the lock on ${dataDir}.`);
}

function handle(path: string, mine: LockRecord): DataDirLock {
  const onExit = () => release();
  process.once('exit', onExit);
  function release(): void {
    process.removeListener('exit', onExit);
    if (readRecord(path)?.pid === mine.pid) rmSync(path, { force: true });
  }
  return {
    setUrl(url) {
      mine.url = url;
      if (readRecord(path)?.pid === mine.pid) writeFileSync(path, JSON.stringify(mine), { mode: 0o600 });
    },
    release,
  };
}

function tryCreate(path: string, record: LockRecord): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(record));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readRecord(path: string): LockRecord | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockRecord>;
    return typeof value.pid === 'number' ? (value as LockRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** kill(pid, 0) tests for existence without sending anything; EPERM means it runs under another account. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves the stale lock aside before deleting it, so two hosts taking over at once cannot delete each other's
 * fresh lock: whoever renamed a lock that turns out live (another host's new one) puts it back.
 */
function takeOverStale(path: string, seen: LockRecord | undefined): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // Someone else moved it first; the next round sees what is there now.
  }
  const moved = readRecord(aside);
  if (moved && moved.pid !== seen?.pid && isRunning(moved.pid)) {
    try {
      linkSync(aside, path); // Never overwrites: fails if yet another lock appeared meanwhile.
    } catch {
      // The newer lock at `path` wins; the one moved aside was already superseded.
    }
  }
  rmSync(aside, { force: true });
}

function inUse(owner: LockRecord) {
  const where = owner.url ? `at ${owner.url} (pid ${owner.pid})` : `as process ${owner.pid}`;
  return dataDirLockErrors.raise('data-dir-in-use', `Another SF JWT Studio is already using this data folder: it runs ${where}.`);
}
