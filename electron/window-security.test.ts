import { describe, expect, it } from 'vitest';
import { isTrustedSender, secureWebPreferences } from './window-security';

describe('Electron window security', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('trusts IPC only from the bundled page', () => {
    const index = 'file:///app/dist/renderer/index.html';
    expect(isTrustedSender(index, index)).toBe(true);
    expect(isTrustedSender(`${index}#/keys`, index)).toBe(true);
    expect(isTrustedSender('https://evil.example/', index)).toBe(false);
    expect(isTrustedSender(undefined, index)).toBe(false);
  });
});
