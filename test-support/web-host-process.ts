import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** How the web host prints its token link at start. */
export const LINK_PATTERN = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/;

export interface HostProcess {
  child: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** The printed token link, once it is printed (rejects when the host exits first or after 20 s). */
  loginUrl: Promise<string>;
  exited: Promise<number | null>;
  /** SIGTERM, as Ctrl-C would; resolves once it exited. */
  stop(): Promise<void>;
}

const started: ChildProcess[] = [];

/**
 * The web host's real entry point as its own process: the built `dist/node/web-host.cjs` (what `npm run web`
 * runs; the e2e suite and the bench) or, with `source: true`, `electron/web-host/main.ts` through tsx (unit
 * tests, which must not depend on a build). Stop leftovers with `stopHostProcesses()` in afterAll.
 */
export function spawnHostProcess(options: {
  dataDir: string;
  rendererDir?: string;
  source?: boolean;
  env?: Record<string, string>;
}): HostProcess {
  const entry = options.source
    ? ['--import', 'tsx', join(root, 'electron/web-host/main.ts')]
    : [join(root, 'dist/node/web-host.cjs')];
  const args = [...entry, '--data-dir', options.dataDir, ...(options.rendererDir ? ['--renderer-dir', options.rendererDir] : [])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const loginUrl = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the web host printed no link in 20 s:\n${output}`)), 20_000);
    child.stdout?.on('data', () => {
      const match = LINK_PATTERN.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited with ${code}:\n${output}`));
    });
  });
  loginUrl.catch(() => {});
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return { child, output: () => output, loginUrl, exited, stop };
}

export async function stopHostProcesses(): Promise<void> {
  await Promise.all(
    started.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}
