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
  const renderer = join(import.meta.dirname, '..', 'dist', 'renderer');
  const files = readdirSync(join(renderer, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const gz = (f: string) => gzipSync(readFileSync(join(renderer, 'assets', f)), { level: 9 }).length / 1024;
  // What the first page loads (named in index.html); chunks imported later, like the passphrase strength
  // check's dictionaries, are counted apart.
  const html = readFileSync(join(renderer, 'index.html'), 'utf8');
  const atStart = files.filter((f) => html.includes(`assets/${f}`));
  const gzKb = atStart.reduce((sum, f) => sum + gz(f), 0);
  const lazyKb = files.filter((f) => !atStart.includes(f)).reduce((sum, f) => sum + gz(f), 0);

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
    { name: 'renderer bundle at start (JS + CSS, gzip)', value: gzKb, unit: 'KB', target: '< 250 KB', pass: gzKb < 250, runs: 1 },
    {
      name: 'renderer chunks loaded on demand (gzip)',
      value: lazyKb,
      unit: 'KB',
      target: 'off the first paint',
      pass: true,
      runs: 1,
    },
    { name: 'first contentful paint (Chromium)', value: fcp, unit: 'ms', target: '< 500 ms', pass: fcp < 500, runs: RUNS },
    { name: 'time to interactive (Chromium)', value: tti, unit: 'ms', target: '< 500 ms', pass: tti < 500, runs: RUNS },
  ];
}
