import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempRendererDir } from '../../test-support/web-host-client';
import { spawnHostProcess, stopHostProcesses } from '../../test-support/web-host-process';
import { WEB_HOST_FILE } from './server';

afterAll(stopHostProcesses);

const rendererDir = tempRendererDir();
const launch = (dataDir: string) => spawnHostProcess({ dataDir, rendererDir, source: true });

describe('web host process', () => {
  it('refuses a second host on the same data dir with data-dir-in-use, and starts again after kill -9 of the first', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sfjs-two-hosts-'));
    const first = launch(dataDir);
    const firstUrl = new URL(await first.loginUrl);
    const second = launch(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('error [data-dir-in-use]:');
    expect(second.output()).toContain(`at ${firstUrl.origin}/ (pid ${first.child.pid})`);
    expect(second.output()).not.toContain(firstUrl.searchParams.get('token'));
    first.child.kill('SIGKILL');
    await first.exited;
    const third = launch(dataDir);
    const thirdUrl = await third.loginUrl;
    expect(thirdUrl).not.toBe(firstUrl.toString());
    expect((await fetch(thirdUrl, { redirect: 'manual' })).status).toBe(302);
  });

  it('removes web-host.json when stopped', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sfjs-stop-'));
    const host = launch(dataDir);
    await host.loginUrl;
    expect(existsSync(join(dataDir, WEB_HOST_FILE))).toBe(true);
    host.child.kill('SIGTERM');
    expect(await host.exited, host.output() + String(host.child.signalCode)).toBe(0);
    expect(existsSync(join(dataDir, WEB_HOST_FILE))).toBe(false);
  });
});

const asRoot = process.getuid?.() === 0 && spawnSync('runuser', ['--version']).status === 0;
const whyNot = asRoot ? '' : 'the other-account test needs root and runuser (to act as the account nobody); not run here.';

describe('web host against another local account', () => {
  it.skipIf(!asRoot)('keeps another account out: web-host.json unreadable, 401 on /, 403 on the API', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sfjs-other-account-'));
    // Only the file's own mode protects it: the folder is left world-readable on purpose.
    chmodSync(dataDir, 0o755);
    const host = launch(dataDir);
    const origin = new URL(await host.loginUrl).origin;
    const asNobody = (...args: string[]) => spawnSync('runuser', ['-u', 'nobody', '--', ...args], { encoding: 'utf8' });
    const read = asNobody('cat', join(dataDir, WEB_HOST_FILE));
    expect(read.status).not.toBe(0);
    expect(read.stderr).toContain('Permission denied');
    const page = asNobody('curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', `${origin}/`);
    expect(page.stdout).toBe('401');
    const api = asNobody('curl', '-s', '-X', 'POST', '-w', '\n%{http_code}', `${origin}/api/keys.current`);
    expect(api.stdout.trim().split('\n').at(-1)).toBe('403');
    expect(api.stdout).toContain('"code":"forbidden"');
  });
  if (!asRoot) it(whyNot, () => console.warn(whyNot));
});
