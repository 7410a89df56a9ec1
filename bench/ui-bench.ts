import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../e2e/fixtures';
import { launchWebHost } from '../e2e/launch-web-host';
import type { BenchRow } from './bench-row';
import { median } from './measure';

const RUNS = 7;

/** The browser host: bundle size (gzip) and time to first paint and to interactive in Chromium. */
export default async function uiBench(): Promise<BenchRow[]> {
  const assets = join(import.meta.dirname, '..', 'dist', 'renderer', 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const gzKb = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0) / 1024;

  const host = await launchWebHost();
  const browser = await launchChromium();
  const paints: number[] = [];
  const interactive: number[] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(host.url);
      // Interactive: the header shows the host kind, which needs the bundle run and one API round trip.
      await page.getByTestId('host-kind').waitFor();
      const ready = Date.now() - start;
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
      if (i > 0) {
        interactive.push(ready);
        paints.push(fcp);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  const fcp = median(paints);
  const tti = median(interactive);
  return [
    { name: 'renderer bundle (JS + CSS, gzip)', value: gzKb, unit: 'KB', target: '< 250 KB', pass: gzKb < 250, runs: 1 },
    { name: 'first contentful paint (Chromium)', value: fcp, unit: 'ms', target: '< 500 ms', pass: fcp < 500, runs: RUNS },
    { name: 'time to interactive (Chromium)', value: tti, unit: 'ms', target: '< 500 ms', pass: tti < 500, runs: RUNS },
  ];
}
