import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { spawnHostProcess } from '../test-support/web-host-process';

export interface WebHostProcess {
  /** The link the host printed (`http://127.0.0.1:PORT/?token=…`): opening it logs the browser in. */
  url: string;
  dataDir: string;
  /** Everything the host printed, for the secret-leak checks. */
  output: () => string;
  stop(): Promise<void>;
}

/** Starts `dist/node/web-host.cjs` on a free port and waits for the token link it prints. */
export async function launchWebHost(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<WebHostProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sfjs-e2e-'));
  const host = spawnHostProcess({ dataDir, ...(options.env ? { env: options.env } : {}) });
  return { url: await host.loginUrl, dataDir, output: host.output, stop: host.stop };
}

/** A fresh browser context on the host's page, keeping downloads for the specs that save files. */
export async function openApp(browser: Browser, host: WebHostProcess): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(host.url);
  return page;
}
