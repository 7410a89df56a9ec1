import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors/studio-error';
import { acquireDataDirLock, LOCK_FILE } from './data-dir-lock';

const freshDir = () => mkdtempSync(join(tmpdir(), 'sfjs-lock-'));

/** The pid of a process that has run and exited: no process has it now (until the kernel reuses it). */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(result.stdout);
}

function refusal(run: () => unknown): StudioError {
  try {
    run();
  } catch (error) {
    if (error instanceof StudioError) return error;
    throw error;
  }
  throw new Error('expected data-dir-in-use');
}

describe('data-dir lock', () => {
  it('lets one owner in, refuses a second naming the first one’s URL, and frees the folder on release', () => {
    const dir = freshDir();
    const first = acquireDataDirLock(dir, { url: 'http://127.0.0.1:4848/' });
    expect(statSync(join(dir, LOCK_FILE)).mode & 0o777).toBe(0o600);
    const error = refusal(() => acquireDataDirLock(dir));
    expect(error.code).toBe('data-dir-in-use');
    expect(error.message).toContain('http://127.0.0.1:4848/');
    expect(error.message).toContain(`pid ${process.pid}`);
    expect(error.hint).toContain('--data-dir');
    first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireDataDirLock(dir).release();
  });

  it('names the pid when the owner has no URL yet, and the URL once it is set', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir);
    expect(refusal(() => acquireDataDirLock(dir)).message).toContain(`as process ${process.pid}`);
    lock.setUrl('http://127.0.0.1:5000/');
    expect(refusal(() => acquireDataDirLock(dir)).message).toContain('at http://127.0.0.1:5000/');
    lock.release();
  });

  it('takes over a lock whose process is gone, and one that is not even JSON', () => {
    const dir = freshDir();
    const gone = deadPid();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: gone, url: 'http://127.0.0.1:1/', started: 'then' }));
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
    writeFileSync(join(dir, LOCK_FILE), 'half-writ');
    acquireDataDirLock(dir).release();
  });

  it('release leaves alone a lock that is no longer this process’s', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir);
    const other = JSON.stringify({ pid: deadPid(), started: 'now' });
    writeFileSync(join(dir, LOCK_FILE), other);
    lock.release();
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(other);
  });
});
