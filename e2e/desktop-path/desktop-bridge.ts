import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, test as base, type Page, type Request, type Route } from '@playwright/test';
import { build } from 'esbuild';
import { APP_HOST, APP_SCHEME, serveAppRequest } from '../../electron/desktop/app-protocol';
import { answerIpc } from '../../electron/desktop/ipc-answer';
import { hardenWebContents, isPermissionAllowed } from '../../electron/desktop/window-security';
import { writeFileAtomic } from '../../electron/files/atomic-write';
import { appVersion } from '../../electron/host/app-version';
import type { HostContext } from '../../electron/host/host-context';
import type { PlatformSecrets } from '../../electron/host/platform-secrets';
import { createServices } from '../../electron/host/services';
import { ipcChannel, type MethodName, methodNames } from '../../shared/api/contract';
import { machineSecrets } from '../../test-support/machine-secrets';
import { findSecrets, launchChromium } from '../fixtures';

/**
 * The desktop app without its binary: the built renderer served by the real app:// handler, the real preload
 * bridged IPC-style to the real dispatch() through the real sender check, and the real window hardening.
 *
 * Chromium cannot load a custom scheme it was not built with, so `app://studio` is stood in for by one https
 * origin that no network serves: every request is routed here, answered by serveAppRequest() for that origin
 * (the same files, media types and CSP header) and refused for any other. Like app://studio it is a standard,
 * secure origin, and it is the only thing the page can load.
 */
export const DESKTOP_ORIGIN = 'https://studio.desktop.invalid';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
const rendererDir = join(import.meta.dirname, '..', '..', 'dist', 'renderer');

/** The page's URL as main.ts's handlers see it: on app://studio. Other origins stay what they are. */
function asAppUrl(url: string): string {
  return url === DESKTOP_ORIGIN || url.startsWith(`${DESKTOP_ORIGIN}/`) ? APP_ORIGIN + url.slice(DESKTOP_ORIGIN.length) : url;
}

/** Chromium's names for what Electron's permission handler decides (clipboard-write is the sanitized one). */
const CHROMIUM_PERMISSIONS: [string, { name: string }][] = [
  ['clipboard-sanitized-write', { name: 'clipboard-write' }],
  ['clipboard-read', { name: 'clipboard-read' }],
  ['notifications', { name: 'notifications' }],
  ['geolocation', { name: 'geolocation' }],
  ['media', { name: 'camera' }],
  ['media', { name: 'microphone' }],
];

export type PermissionDecision = (permission: string, requestingUrl: string) => boolean;

/** The real preload, bundled for the page with the IPC stand-in in place of `electron`. */
async function preloadScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, '..', '..', 'electron', 'desktop', 'preload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
    plugins: [
      {
        name: 'electron-shim',
        setup(b) {
          b.onResolve({ filter: /^electron$/ }, () => ({ path: join(import.meta.dirname, 'electron-shim.ts') }));
        },
      },
    ],
  });
  // Electron runs the preload in the main frame only (nodeIntegrationInSubFrames is off).
  return `if (window.top === window) {\n${result.outputFiles[0]?.text ?? ''}\n}`;
}

/** Every CSP violation, on the console where the fixture collects it. */
const CSP_WATCH = `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));`;

export interface SavedFile {
  name: string;
  path: string;
  bytes: Buffer;
}

export interface DesktopApp {
  page: Page;
  dataDir: string;
  /** What went to shell.openExternal (the system browser). */
  openedExternally: string[];
  /** Requests for anything but the app's own files, all refused. */
  refused: string[];
  /** Files written through the save dialog (answered with a temporary folder). */
  saved: SavedFile[];
  /** Console lines and page errors of every window so far. */
  logs: string[];
  /** Quits and starts again on the same data folder and the same OS secret store, as a relaunch does. */
  restart(): Promise<Page>;
  /** Applies a permission handler to the session (the app's own by default). */
  applyPermissions(decide?: PermissionDecision): Promise<void>;
  /**
   * The system clipboard's text, read as a user would: pasted (Ctrl+V) into a text box of another window. No
   * permission is granted to read it, and the app's page is never given clipboard-read.
   */
  readClipboard(): Promise<string>;
}

interface Launch {
  context: BrowserContext;
  page: Page;
}

async function launchDesktop(
  browser: Browser,
  preload: string,
  storageState: Awaited<ReturnType<BrowserContext['storageState']>> | undefined,
  state: { dataDir: string; saveDir: string; secrets: PlatformSecrets } & Omit<
    DesktopApp,
    'page' | 'dataDir' | 'restart' | 'applyPermissions' | 'readClipboard'
  >,
): Promise<Launch & { applyPermissions: DesktopApp['applyPermissions'] }> {
  // Electron keeps the page's storage (localStorage) in the data folder, across restarts.
  const context = await browser.newContext({ acceptDownloads: false, ...(storageState ? { storageState } : {}) });
  const page = await context.newPage();
  const ctx: HostContext = {
    host: 'electron',
    version: appVersion,
    platform: process.platform,
    dataDir: state.dataDir,
    files: {
      async deliver(file) {
        const path = join(state.saveDir, file.name);
        await writeFileAtomic(path, file.bytes, { secret: file.secret });
        state.saved.push({ name: file.name, path, bytes: readFileSync(path) });
        return { kind: 'saved', path };
      },
    },
    services: createServices({ dataDir: state.dataDir, platformSecrets: state.secrets }),
  };

  // One stable object per frame, so the sender check compares identities as main.ts does with WebFrameMain.
  const frames = new WeakMap<object, { readonly url: string }>();
  const frameView = (frame: ReturnType<Page['mainFrame']>) => {
    let view = frames.get(frame);
    if (!view) {
      view = {
        get url() {
          return asAppUrl(frame.url());
        },
      };
      frames.set(frame, view);
    }
    return view;
  };
  const byChannel = new Map<string, MethodName>(methodNames.map((m) => [ipcChannel(m), m]));
  await context.exposeBinding('__studioIpc', async ({ frame }, channel: string, input: unknown) => {
    const method = byChannel.get(channel);
    if (!method) throw new Error(`No handler registered for '${channel}'`);
    const answer = await answerIpc(
      method,
      structuredClone(input),
      { frame: frameView(frame), mainFrame: frameView(page.mainFrame()) },
      ctx,
    );
    return structuredClone(answer);
  });
  await context.addInitScript({ content: `${CSP_WATCH}\n${preload}` });

  // The window's hardening, registered exactly as main.ts does on web-contents-created.
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' | 'allow' }) | undefined;
  const contents = {
    on(name: string, listener: (event: { preventDefault(): void }) => void) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler;
    },
  };
  hardenWebContents(contents as unknown as Parameters<typeof hardenWebContents>[0], async (url) => {
    state.openedExternally.push(url);
  });
  const prevented = (name: string) => {
    let stop = false;
    listeners.get(name)?.({
      preventDefault() {
        stop = true;
      },
    });
    return stop;
  };

  let programmatic = true; // loadURL and reload by the app itself emit no will-navigate
  await context.route('**/*', async (route: Route, request: Request) => {
    const url = request.url();
    let from: Page | undefined;
    try {
      from = request.frame().page();
    } catch {
      // A new window's first request comes before its frame exists.
      from = undefined;
    }
    if (from !== page) {
      // A new window: the open handler decides; it only ever denies (an allowed link went to openExternal).
      openHandler?.({ url });
      return route.abort('blockedbyclient');
    }
    if (request.isNavigationRequest() && !programmatic) {
      const frameEvent = request.frame() === page.mainFrame() ? 'will-navigate' : 'will-frame-navigate';
      // A 204 answer makes Chromium drop the navigation and keep the page, as preventDefault does in Electron.
      if (prevented(frameEvent)) return route.fulfill({ status: 204 });
    }
    if (!url.startsWith(`${DESKTOP_ORIGIN}/`)) {
      state.refused.push(url);
      return route.abort('blockedbyclient');
    }
    const response = await serveAppRequest(rendererDir, { url: asAppUrl(url), method: request.method() });
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  // Denied windows never show: each one closes once its refused load is over.
  context.on('page', (popup) => {
    if (popup === page) return;
    void popup
      .waitForEvent('requestfailed', { timeout: 5000 })
      .catch(() => undefined)
      .finally(() => popup.close().catch(() => undefined));
  });
  page.on('console', (message) => state.logs.push(message.text()));
  page.on('pageerror', (error) => state.logs.push(String(error)));

  const session = await context.newCDPSession(page);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  const browserSession = await browser.newBrowserCDPSession();
  const applyPermissions = async (decide: PermissionDecision = isPermissionAllowed) => {
    for (const [electronName, permission] of CHROMIUM_PERMISSIONS) {
      await browserSession.send('Browser.setPermission', {
        permission,
        setting: decide(electronName, `${APP_ORIGIN}/index.html`) ? 'granted' : 'denied',
        origin: DESKTOP_ORIGIN,
        browserContextId: targetInfo.browserContextId,
      });
    }
  };
  await applyPermissions();

  await page.goto(`${DESKTOP_ORIGIN}/index.html`);
  programmatic = false;
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    programmatic = true;
    try {
      return await reload(options);
    } finally {
      programmatic = false;
    }
  };
  return { context, page, applyPermissions };
}

export interface DesktopOptions {
  /** Whether the OS secret store answers (false: a Linux session with no keyring). */
  secretStore: boolean;
}

export const test = base.extend<{ desktop: DesktopApp } & DesktopOptions, { chromiumBrowser: Browser; preload: string }>({
  secretStore: [true, { option: true }],
  chromiumBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructured first argument
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructured first argument
  preload: [async ({}, use) => use(await preloadScript()), { scope: 'worker' }],
  desktop: async ({ chromiumBrowser, preload, secretStore }, use, testInfo) => {
    const state = {
      dataDir: mkdtempSync(join(tmpdir(), 'sfjs-desktop-')),
      saveDir: mkdtempSync(join(tmpdir(), 'sfjs-desktop-save-')),
      // One machine key for the whole test: a restart finds the keychain as it left it.
      secrets: machineSecrets(secretStore),
      openedExternally: [] as string[],
      refused: [] as string[],
      saved: [] as SavedFile[],
      logs: [] as string[],
    };
    let current = await launchDesktop(chromiumBrowser, preload, undefined, state);
    const app: DesktopApp = {
      get page() {
        return current.page;
      },
      dataDir: state.dataDir,
      openedExternally: state.openedExternally,
      refused: state.refused,
      saved: state.saved,
      logs: state.logs,
      async restart() {
        const storage = await current.context.storageState();
        await current.context.close();
        current = await launchDesktop(chromiumBrowser, preload, storage, state);
        return current.page;
      },
      applyPermissions: (decide) => current.applyPermissions(decide),
      async readClipboard() {
        const other = await chromiumBrowser.newContext();
        try {
          const reader = await other.newPage();
          await reader.setContent('<textarea aria-label="Paste here"></textarea>');
          const box = reader.getByLabel('Paste here');
          await box.focus();
          await reader.keyboard.press('ControlOrMeta+V');
          return await box.inputValue();
        } finally {
          await other.close();
        }
      },
    };
    await use(app);
    await current.context.close();
    const leaks = findSecrets(state.logs.join('\n'));
    if (leaks.length > 0) throw new Error(`${testInfo.title}: secrets appeared in the logs: ${leaks.join(', ')}`);
    const violations = state.logs.filter((line) => line.startsWith('CSP violation'));
    if (violations.length > 0) throw new Error(`${testInfo.title}: CSP violations:\n${violations.join('\n')}`);
    if (state.refused.length > 0)
      throw new Error(`${testInfo.title}: the page asked for remote resources:\n${state.refused.join('\n')}`);
  },
});

export const expect = test.expect;
