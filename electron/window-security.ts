import type { WebPreferences } from 'electron';

/**
 * The BrowserWindow's web preferences, kept apart from main.ts so a unit test can assert them without an
 * Electron binary. The renderer gets no Node, runs sandboxed, and sees only the preload's `window.studio`.
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

/** Only our own bundled page may talk to the handlers: IPC from any other frame is refused. */
export function isTrustedSender(frameUrl: string | undefined, rendererIndexUrl: string): boolean {
  if (!frameUrl) return false;
  return frameUrl.split('#')[0] === rendererIndexUrl;
}
