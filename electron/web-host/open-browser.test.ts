import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserLauncher, OPEN_FILE, openInBrowser } from './open-browser';

describe('opening the default browser', () => {
  it('uses open, start or xdg-open, and nothing on Linux without a display', () => {
    expect(browserLauncher('file:///x', 'darwin', {})).toEqual({ command: 'open', args: ['file:///x'] });
    expect(browserLauncher('file:///x', 'win32', {})).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'file:///x'] });
    expect(browserLauncher('file:///x', 'linux', {})).toBeUndefined();
    expect(browserLauncher('file:///x', 'linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: ['file:///x'] });
    expect(browserLauncher('file:///x', 'linux', { WAYLAND_DISPLAY: 'wayland-0' })?.command).toBe('xdg-open');
  });

  it.skipIf(process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY))(
    'does nothing and fails nothing without a display (no redirect file with the token either)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sfjs-open-'));
      expect(await openInBrowser('http://127.0.0.1:1/?token=t', dir)).toBe(false);
      expect(existsSync(join(dir, OPEN_FILE))).toBe(false);
    },
  );
});
