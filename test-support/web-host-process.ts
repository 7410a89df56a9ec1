import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { tempRendererDir } from './web-host-client';

const root = join(import.meta.dirname, '..');

export interface HostProcess {
  child: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** The printed token link, once it is printed. */
  loginUrl: Promise<string>;
  exited: Promise<number | null>;
}

const started: ChildProcess[] = [];

/**
 * The web host's real entry point (`npm run web`), from source through tsx, as its own process: what a second
 * launch, a kill -9 or another account sees. Stop every one with `stopHostProcesses()` in afterAll.
 */
export function spawnHostProcess(dataDir: string, rendererDir = tempRendererDir()): HostProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'electron/web-host/main.ts'), '--renderer-dir', rendererDir, '--data-dir', dataDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
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
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
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
  return { child, output: () => output, loginUrl, exited };
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
