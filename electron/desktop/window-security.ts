import type { Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web-host/content-security-policy';

/**
 * The desktop app's hardening, kept apart from main.ts so unit tests can assert it without an Electron binary.
 * The renderer gets no Node, runs sandboxed, sees only the preload's `window.studio`, cannot navigate away,
 * open windows, embed webviews or get any permission, and runs under the same CSP as the web host.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
type HardenableSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/** Every navigation, new window and webview is refused: the app shows only its own bundled page. */
export function hardenWebContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No permission (camera, notifications, clipboard-read…) is ever granted, and every response carries the CSP. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** Only our own bundled page may talk to the handlers: IPC from any other frame is refused. */
export function isTrustedSender(frameUrl: string | undefined, rendererIndexUrl: string): boolean {
  if (!frameUrl) return false;
  return frameUrl.split('#')[0] === rendererIndexUrl;
}
