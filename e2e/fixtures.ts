import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type Browser, test as base, chromium, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../scripts/electron-binary.mjs';
import { launchWebHost, type WebHostProcess } from './launch-web-host';

export type HostKind = 'web' | 'electron';

export interface HostOptions {
  hostKind: HostKind;
}

interface WorkerFixtures extends HostOptions {
  webBrowser: Browser | undefined;
}

interface TestFixtures {
  /** The Electron application, in the electron project only. */
  electronApp: ElectronApplication | undefined;
  /** The browser host of this test (web project only): {url, dataDir, output(), stop()}. */
  webHost: WebHostProcess | undefined;
  /** Fails the test when a secret shows up in a log (automatic). */
  secretLeakGuard: undefined;
}

const givenSecrets = new Set<string>();

/** Registers a password or passphrase the test types, so the leak guard looks for it in every log. */
export function registerSecret(value: string): string {
  givenSecrets.add(value);
  return value;
}

/**
 * Private keys in PEM, access tokens and session ids shaped like Salesforce's (`00D…!…`), refresh tokens shaped like
 * Salesforce's (`5Aep…`), an `Authorization: Bearer` value, and the passwords and tokens tests registered.
 */
export function findSecrets(log: string): string[] {
  const found: string[] = [];
  if (/-----BEGIN (RSA |ENCRYPTED )?PRIVATE KEY-----/.test(log)) found.push('a PEM private key');
  if (/\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{20,}/.test(log)) found.push('an access token');
  if (/\b5Aep[A-Za-z0-9._]{40,}/.test(log)) found.push('a refresh token');
  if (/\bBearer\s+(?!\S*…)[A-Za-z0-9._!~+/=-]{20,}/.test(log)) found.push('an Authorization value');
  for (const secret of givenSecrets) if (log.includes(secret)) found.push(`the password "${secret.slice(0, 2)}…"`);
  return found;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium found at ${path}: install it with \`sudo apt-get install chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Opens the app: a fresh browser context on the web host, or a fresh Electron instance with its own user data. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  hostKind: ['web', { option: true, scope: 'worker' }],
  // One host per test, like Electron's fresh user-data dir: no key, profile or history leaks between tests.
  webHost: async ({ hostKind }, use) => {
    if (hostKind !== 'web') return use(undefined);
    const host = await launchWebHost();
    await use(host);
    await host.stop();
  },
  webBrowser: [
    async ({ hostKind }, use) => {
      if (hostKind !== 'web') return use(undefined);
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  electronApp: async ({ hostKind }, use) => {
    if (hostKind !== 'electron') return use(undefined);
    const executablePath = findElectronBinary();
    if (!executablePath) throw new Error('The electron project needs an Electron binary.');
    const userData = mkdtempSync(join(tmpdir(), 'sfjs-electron-'));
    const app = await _electron.launch({
      executablePath,
      args: [join(import.meta.dirname, '..', 'dist/electron/main.cjs'), `--user-data-dir=${userData}`],
      env: { ...process.env } as Record<string, string>,
    });
    await use(app);
    await app.close();
  },
  secretLeakGuard: [
    async ({ page, webHost, electronApp }, use, testInfo) => {
      const lines: string[] = [];
      page.on('console', (message) => lines.push(message.text()));
      page.on('pageerror', (error) => lines.push(String(error)));
      let electronOutput = '';
      electronApp?.process().stdout?.on('data', (d) => {
        electronOutput += String(d);
      });
      electronApp?.process().stderr?.on('data', (d) => {
        electronOutput += String(d);
      });
      await use(undefined);
      const logs = [lines.join('\n'), webHost?.output() ?? '', electronOutput].join('\n');
      const leaks = findSecrets(logs);
      if (leaks.length > 0) throw new Error(`${testInfo.title}: secrets appeared in the logs: ${leaks.join(', ')}`);
    },
    { auto: true },
  ],
  page: async ({ hostKind, webHost, webBrowser, electronApp }, use) => {
    if (hostKind === 'electron' && electronApp) {
      const page = await electronApp.firstWindow();
      await use(page);
      return;
    }
    if (!webHost || !webBrowser) throw new Error('The web host did not start.');
    const context = await webBrowser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    // Logs in as the user does: the printed token link sets the session cookie and redirects to the app.
    await page.goto(webHost.url);
    if (new URL(page.url()).searchParams.has('token')) throw new Error('The token link did not redirect to the app.');
    await use(page);
    await context.close();
  },
});

export const expect = test.expect;

/**
 * Clicks what saves a file and returns the saved bytes, in either host: the browser's download, or
 * Electron's save dialog answered with a temporary path.
 */
export async function saveFileVia(page: Page, electronApp: ElectronApplication | undefined, click: () => Promise<void>) {
  if (electronApp) {
    const target = join(mkdtempSync(join(tmpdir(), 'sfjs-save-')), 'saved');
    await electronApp.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    await click();
    await expect.poll(() => existsSync(target)).toBe(true);
    return { path: target, bytes: readFileSync(target), suggestedName: undefined as string | undefined };
  }
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { path, bytes: readFileSync(path), suggestedName: download.suggestedFilename() };
}
