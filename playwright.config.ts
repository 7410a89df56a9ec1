import { defineConfig, type Project } from '@playwright/test';
import type { HostOptions } from './e2e/fixtures';
import { findElectronBinary } from './scripts/electron-binary.mjs';

// Two projects over the same specs: the browser host in the system Chromium (always), and the desktop app
// through Playwright's _electron where an Electron binary is installed. A third, desktop-path, runs the desktop
// app's renderer, preload, IPC and window hardening without the binary (e2e/desktop-path/desktop-bridge.ts).
const DESKTOP_PATH = 'desktop-path/**';
const projects: Project<HostOptions>[] = [
  { name: 'web', use: { hostKind: 'web' }, testIgnore: DESKTOP_PATH },
  { name: 'desktop-path', testDir: 'e2e/desktop-path' },
];
if (findElectronBinary()) {
  projects.push({ name: 'electron', use: { hostKind: 'electron' }, testIgnore: DESKTOP_PATH });
} else if (!process.env.TEST_WORKER_INDEX) {
  console.log('e2e: the electron project was not run: no Electron binary is installed (the web project runs the same specs).');
}

export default defineConfig<HostOptions>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects,
});
