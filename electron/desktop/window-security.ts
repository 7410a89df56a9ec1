import type { Session, WebContents, WebFrameMain, WebPreferences } from 'electron';
import { classifyUrl } from '../../shared/salesforce/endpoints';
import { isAppUrl } from './app-protocol';

/**
 * The desktop app's hardening, kept apart from main.ts so unit tests can assert it without an Electron binary.
 * The renderer gets no Node, runs sandboxed, sees only the preload's `window.studio`, cannot navigate away,
 * open windows or embed webviews, and gets one permission: writing sanitized text to the clipboard.
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

/**
 * The one permission the app's page gets: `navigator.clipboard.writeText` (the Copy buttons) asks Chromium for
 * `clipboard-sanitized-write` (https://www.electronjs.org/docs/latest/api/session#sessetpermissionrequesthandlerhandler).
 * Reading the clipboard and everything else stays denied.
 */
export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return permission === ALLOWED_PERMISSION && isAppUrl(requestingUrl);
}

/**
 * Where a help link may open, in the system browser: https, no credentials in the URL, default port, and a
 * Salesforce host — help.salesforce.com and developer.salesforce.com, and the org's own hosts (login, test,
 * My Domain, sandbox, Experience Cloud sites on force.com / site.com), as shared/salesforce/endpoints.ts
 * classifies them. Anything else is never handed to the OS.
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  return classifyUrl(parsed.href).role !== 'unknown';
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
type HardenableSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
};

/**
 * Every navigation, new window and webview is refused: the app shows only its own bundled page. A link the
 * page opens in a new window (`target="_blank"`, the diagnosis help links) goes to the system browser when the
 * allow-list above accepts it.
 */
export function hardenWebContents(contents: HardenableContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Only `clipboard-sanitized-write` for our own page, in both the request and the check handler. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}

type Frame = Pick<WebFrameMain, 'url'>;

/**
 * Only our own page may talk to the handlers: the sending frame must be the main window's main frame (the same
 * object, so no iframe or other window qualifies) and show a page of our `app://studio` origin. The URL is
 * parsed, never compared as a string, and does not depend on where the app is installed.
 */
export function isTrustedSender(sender: Frame | null | undefined, mainFrame: Frame | undefined): boolean {
  if (!sender || !mainFrame || sender !== mainFrame) return false;
  return isAppUrl(sender.url);
}
