import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn } from '../test-support/web-host-client';
import { LINK_PATTERN } from '../test-support/web-host-process';
import { ensureBuilt, root } from './build.mjs';
import { findElectronBinary } from './electron-binary.mjs';
import { failureReason, installerRunsOn } from './electron-install.mjs';

const electronDir = join(root, 'node_modules', 'electron');

/** Names, sizes and mtimes under node_modules/electron (its own node_modules aside): the test must change none. */
function snapshot(dir = electronDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isDirectory()) return name === 'node_modules' ? [name] : [`${name}/`, ...snapshot(path).map((p) => `${name}/${p}`)];
    return [`${name} ${st.size} ${st.mtimeMs}`];
  });
}

/** A loopback port nothing listens on: the download fails at once, as it does offline. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const running: ChildProcess[] = [];

/** Runs a command in its own process group, so stopping it stops npm, node and the web host together. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += String(d);
  });
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const link = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no link within 30 s:\n${stdout}\n${stderr}`)), 30_000);
    child.stdout?.on('data', () => {
      const match = LINK_PATTERN.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited before printing a link:\n${stdout}\n${stderr}`));
    });
  });
  link.catch(() => {});
  return { child, link, exited, out: () => stdout, err: () => stderr };
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid as number;
  const gone = () => {
    try {
      process.kill(-pid, 0);
      return false;
    } catch {
      return true;
    }
  };
  if (!gone()) process.kill(-pid, 'SIGTERM');
  for (let i = 0; i < 50 && !gone(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!gone()) process.kill(-pid, 'SIGKILL');
}

function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  // No display: the browser is not opened (and the test shows that this never fails).
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return env;
}

/** The page the link opens, with the session cookie it sets, and one of its scripts. */
async function openApp(link: string): Promise<{ html: string; script: number }> {
  const cookie = await logIn(link);
  const origin = new URL(link).origin;
  const page = await fetch(`${origin}/`, { headers: { cookie } });
  const html = await page.text();
  const src = /<script[^>]+src="([^"]+)"/.exec(html)?.[1] ?? '';
  const script = (await fetch(new URL(src, origin), { headers: { cookie } })).status;
  return { html, script };
}

const appIndex = () => readFileSync(join(root, 'dist/renderer/index.html'), 'utf8');

beforeAll(() => ensureBuilt(), 240_000);
afterAll(async () => {
  for (const child of running) await stopGroup(child);
});

describe('npm start without an Electron binary', () => {
  const noBinary = !findElectronBinary();

  it.skipIf(!noBinary)(
    'tries the download, says in one line why it failed, then serves the app in browser mode (within 30 s)',
    async () => {
      const before = snapshot();
      const started = Date.now();
      const start = run('npm', ['start'], {
        ...cleanEnv({
          ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
          electron_config_cache: mkdtempSync(join(tmpdir(), 'sfjs-electron-cache-')),
          SF_JWT_STUDIO_DATA_DIR: mkdtempSync(join(tmpdir(), 'sfjs-start-')),
        }),
      });
      const link = await start.link;
      expect(Date.now() - started).toBeLessThan(30_000);
      const lines = start
        .err()
        .split('\n')
        .filter((l) => l.trim());
      expect(lines).toEqual([
        expect.stringMatching(/^Downloading Electron \d+\.\d+\.\d+ /),
        expect.stringMatching(
          /^Electron's binary could not be downloaded: the mirror http:\/\/127\.0\.0\.1:\d+\/ could not be reached .*Starting browser mode instead\.$/,
        ),
      ]);
      const app = await openApp(link);
      expect(app.html).toBe(appIndex());
      expect(app.script).toBe(200);
      await stopGroup(start.child);
      expect(snapshot()).toEqual(before);
      expect(existsSync(join(electronDir, 'path.txt'))).toBe(false);
    },
    40_000,
  );

  it('`npm start -- --web` starts browser mode without trying the download', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sfjs-start-web-'));
    const start = run('npm', ['start', '--', '--web', '--data-dir', dataDir], cleanEnv({}));
    const link = await start.link;
    expect(start.err()).not.toContain('Downloading');
    expect(JSON.parse(readFileSync(join(dataDir, 'web-host.json'), 'utf8')).url).toBe(link);
    expect((await openApp(link)).html).toBe(appIndex());
    await stopGroup(start.child);
  }, 40_000);
});

describe('npm start launching Electron', () => {
  /** A stand-in executable where Electron's would be: it reports what it was given, then dies on a signal. */
  function standIn(): string {
    const dist = mkdtempSync(join(tmpdir(), 'sfjs-electron-dist-'));
    const file = join(dist, 'electron');
    writeFileSync(file, `#!/bin/sh\necho "run-as-node=\${ELECTRON_RUN_AS_NODE:-unset} args=$*"\nkill -TERM $$\n`);
    chmodSync(file, 0o755);
    return dist;
  }

  it.skipIf(process.platform === 'win32')(
    'launches the project folder (so the app is named from productName), strips an inherited ELECTRON_RUN_AS_NODE, and exits non-zero when Electron dies on a signal',
    async () => {
      const start = run(process.execPath, ['scripts/start.mjs', '--user-data-dir=/tmp/x'], {
        ...cleanEnv({}),
        ELECTRON_OVERRIDE_DIST_PATH: standIn(),
        ELECTRON_RUN_AS_NODE: '1',
      });
      expect(await start.exited).toEqual({ code: 143, signal: null });
      expect(start.out()).toContain('run-as-node=unset');
      expect(start.out()).toContain(`args=${join(import.meta.dirname, '..')} --user-data-dir=/tmp/x`);
    },
  );
});

describe('Electron installer helpers', () => {
  it('knows which Node versions load the installer (require of an ES module)', () => {
    expect(installerRunsOn('20.18.1')).toBe(false);
    expect(installerRunsOn('20.19.0')).toBe(true);
    expect(installerRunsOn('22.11.0')).toBe(false);
    expect(installerRunsOn('22.12.0')).toBe(true);
    expect(installerRunsOn('24.1.0')).toBe(true);
  });

  it('reads the installer’s stack trace as one reason, without credentials', () => {
    const env = { ELECTRON_MIRROR: 'https://user:pw@mirror.example/electron/' };
    expect(failureReason('TypeError: fetch failed\n    at …', env)).toBe(
      'the mirror https://mirror.example/electron/ could not be reached (offline, blocked by a firewall, or a proxy is needed: set HTTPS_PROXY)',
    );
    expect(failureReason('HTTPError: Response code 404 (Not Found) for https://github.com/x', {})).toBe(
      'github.com answered 404 (Not Found)',
    );
    expect(failureReason('Error [ERR_REQUIRE_ESM]: require() of ES Module', {})).toContain('too old');
  });
});
