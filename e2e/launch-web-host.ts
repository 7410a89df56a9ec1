import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WebHostProcess {
  /** The link the host printed (`http://127.0.0.1:PORT/?token=…`): opening it logs the browser in. */
  url: string;
  dataDir: string;
  /** Everything the host printed, for the secret-leak checks. */
  output: () => string;
  stop(): Promise<void>;
}

const root = join(import.meta.dirname, '..');

/** Starts `dist/node/web-host.cjs` on a free port and waits for the token link it prints. */
export async function launchWebHost(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<WebHostProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sfjs-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [join(root, 'dist/node/web-host.cjs'), '--data-dir', dataDir], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 15_000);
    const check = () => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
