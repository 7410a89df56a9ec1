import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../web-host/content-security-policy';
import {
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  isPermissionAllowed,
  isTrustedSender,
  secureWebPreferences,
} from './window-security';

type Listener = (event: { preventDefault(): void; defaultPrevented?: boolean }) => void;

function preventable() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

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

  function hardened() {
    const listeners = new Map<string, Listener>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const opened: string[] = [];
    const contents = {
      on: (name: string, listener: Listener) => {
        listeners.set(name, listener);
        return contents;
      },
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler;
      },
    };
    hardenWebContents(contents as unknown as Parameters<typeof hardenWebContents>[0], async (url) => {
      opened.push(url);
    });
    return { listeners, open: (url: string) => openHandler?.({ url }), opened };
  }

  it('refuses navigation, redirects, frame navigation and webviews', () => {
    const { listeners } = hardened();
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      const event = preventable();
      listeners.get(name)?.(event);
      expect(event.defaultPrevented, name).toBe(true);
    }
  });

  it('denies every new window; an allowed help link goes to the system browser instead', () => {
    const { open, opened } = hardened();
    const help = 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm&type=5';
    expect(open(help)).toEqual({ action: 'deny' });
    expect(open('https://evil.example/phish')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(opened).toEqual([help]);
  });

  it('opens externally only https Salesforce help and org hosts', () => {
    for (const url of [
      'https://help.salesforce.com/s/articleView?id=sf.connected_app_create.htm',
      'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_rest.htm',
      'https://acme.my.salesforce.com/lightning/setup/ConnectedApplication/home',
      'https://acme--uat.sandbox.my.salesforce.com/',
      'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home',
      'https://login.salesforce.com/',
      'https://acme.my.site.com/partners',
    ])
      expect(isAllowedExternalUrl(url), url).toBe(true);
    for (const url of [
      'http://help.salesforce.com/',
      'https://help.salesforce.com.evil.example/',
      'https://evilsalesforce.com/',
      'https://user:pw@acme.my.salesforce.com/',
      'https://acme.my.salesforce.com:8443/',
      'javascript:alert(1)',
      'file:///C:/Windows/system32/calc.exe',
      'smb://share/x',
      'app://studio/index.html',
      'not a url',
    ])
      expect(isAllowedExternalUrl(url), url).toBe(false);
  });

  it("allows only clipboard-sanitized-write, and only for the app's own page, in both handlers", () => {
    let requestHandler:
      | ((wc: unknown, permission: string, cb: (g: boolean) => void, d: { requestingUrl: string }) => void)
      | undefined;
    let checkHandler: ((wc: unknown, permission: string, origin: string) => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: typeof requestHandler) => {
        requestHandler = h;
      },
      setPermissionCheckHandler: (h: typeof checkHandler) => {
        checkHandler = h;
      },
    } as unknown as Parameters<typeof hardenSession>[0]);
    const request = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      requestHandler?.(
        {},
        permission,
        (g) => {
          granted = g;
        },
        { requestingUrl },
      );
      return granted;
    };
    expect(request('clipboard-sanitized-write', 'app://studio/index.html#/keys')).toBe(true);
    expect(checkHandler?.({}, 'clipboard-sanitized-write', 'app://studio')).toBe(true);
    for (const permission of ['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'fullscreen']) {
      expect(request(permission, 'app://studio/index.html'), permission).toBe(false);
      expect(checkHandler?.({}, permission, 'app://studio'), permission).toBe(false);
    }
    for (const origin of ['https://evil.example', 'file:///app/index.html', 'app://other', 'app://studio:8080', 'null']) {
      expect(request('clipboard-sanitized-write', origin), origin).toBe(false);
      expect(checkHandler?.({}, 'clipboard-sanitized-write', origin), origin).toBe(false);
    }
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it("trusts IPC from the main window's main frame on app://studio only, wherever the app is installed", () => {
    // The page's URL is app://studio/… whatever the install path: a lower-case drive letter, an 8.3 short name
    // with ~, or [ ] in a folder name cannot make two spellings of one page disagree.
    const mainFrame = { url: 'app://studio/index.html#/keys' };
    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true);
    expect(isTrustedSender({ url: 'app://studio/index.html' }, mainFrame), 'another frame, same URL').toBe(false);
    expect(isTrustedSender(null, mainFrame)).toBe(false);
    expect(isTrustedSender(mainFrame, undefined), 'no main window').toBe(false);
    for (const url of ['file:///C:/Users/ADMINI~1/AppData/Local/index.html', 'https://evil.example/', 'app://other/index.html']) {
      const frame = { url };
      expect(isTrustedSender(frame, frame), url).toBe(false);
    }
  });

  it('uses a CSP that forbids remote and inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});
