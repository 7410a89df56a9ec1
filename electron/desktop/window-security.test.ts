import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../web-host/content-security-policy';
import { hardenSession, hardenWebContents, isTrustedSender, secureWebPreferences } from './window-security';

type Listener = (event: { preventDefault(): void; defaultPrevented?: boolean }) => void;

describe('Electron window security', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('refuses navigation, redirects, webviews and new windows', () => {
    const listeners = new Map<string, Listener>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, listener: Listener) => {
        listeners.set(name, listener);
        return contents;
      },
      setWindowOpenHandler: (handler: () => { action: string }) => {
        openHandler = handler;
      },
    };
    hardenWebContents(contents as unknown as Parameters<typeof hardenWebContents>[0]);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      listeners.get(name)?.(event);
      expect(event.defaultPrevented, name).toBe(true);
    }
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });

  it('denies every permission and sets the CSP on every response', () => {
    let requestHandler: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let headersHandler: ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: typeof requestHandler) => {
        requestHandler = h;
      },
      setPermissionCheckHandler: (h: typeof checkHandler) => {
        checkHandler = h;
      },
      webRequest: {
        onHeadersReceived: (h: typeof headersHandler) => {
          headersHandler = h;
        },
      },
    } as unknown as Parameters<typeof hardenSession>[0]);
    const granted: boolean[] = [];
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation'])
      requestHandler?.({}, permission, (g) => granted.push(g));
    expect(granted).toEqual([false, false, false, false]);
    expect(checkHandler?.()).toBe(false);
    let response: unknown;
    headersHandler?.({ responseHeaders: { 'x-a': ['1'] } }, (r) => {
      response = r;
    });
    expect(response).toEqual({ responseHeaders: { 'x-a': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('trusts IPC only from the bundled page', () => {
    const index = 'file:///app/dist/renderer/index.html';
    expect(isTrustedSender(index, index)).toBe(true);
    expect(isTrustedSender(`${index}#/keys`, index)).toBe(true);
    expect(isTrustedSender('https://evil.example/', index)).toBe(false);
    expect(isTrustedSender(undefined, index)).toBe(false);
  });

  it('uses a CSP that forbids remote and inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});
