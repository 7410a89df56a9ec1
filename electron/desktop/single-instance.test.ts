import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StudioError } from '../../shared/errors/studio-error';
import { acquireDataDirLock } from '../host/data-dir-lock';
import { claimSingleInstance, type InstanceApp } from './single-instance';

/** Records what main asks of Electron's app; `locked` is what requestSingleInstanceLock answers. */
function appOn(userData: string, locked: boolean) {
  const calls: string[] = [];
  const listeners: Array<() => void> = [];
  const app: InstanceApp = {
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return locked;
    },
    on: (_event, listener) => listeners.push(listener),
    getPath: () => userData,
    quit: () => calls.push('quit'),
  };
  const secondInstance = () => {
    for (const listener of listeners) listener();
  };
  return { app, calls, secondInstance };
}

describe('single instance', () => {
  it('the first instance holds the data dir and focuses its window when a second one starts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfjs-desktop-'));
    const { app, calls, secondInstance } = appOn(dir, true);
    let focused = 0;
    const lock = claimSingleInstance(
      app,
      () => focused++,
      () => {},
    );
    expect(lock).toBeDefined();
    expect(calls).toEqual(['requestSingleInstanceLock']);
    secondInstance();
    expect(focused).toBe(1);
    // A web host on the same folder is refused while the desktop app holds it.
    expect(() => acquireDataDirLock(dir)).toThrow(/already using this data folder/);
    lock?.release();
  });

  it('a second instance quits without touching the data dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfjs-desktop-'));
    const { app, calls } = appOn(dir, false);
    expect(
      claimSingleInstance(
        app,
        () => {},
        () => {},
      ),
    ).toBeUndefined();
    expect(calls).toEqual(['requestSingleInstanceLock', 'quit']);
    acquireDataDirLock(dir).release();
  });

  it('refuses with data-dir-in-use, and quits, when a web host holds the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfjs-desktop-'));
    const web = acquireDataDirLock(dir, { url: 'http://127.0.0.1:4848/' });
    const { app, calls } = appOn(dir, true);
    const refused: StudioError[] = [];
    expect(
      claimSingleInstance(
        app,
        () => {},
        (e) => refused.push(e),
      ),
    ).toBeUndefined();
    expect(refused.map((e) => e.code)).toEqual(['data-dir-in-use']);
    expect(refused[0]?.message).toContain('http://127.0.0.1:4848/');
    expect(calls).toEqual(['requestSingleInstanceLock', 'quit']);
    web.release();
  });
});
