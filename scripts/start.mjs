// `npm start`: builds, then launches the desktop app. Without an Electron binary it runs Electron's installer
// first (one line of progress); when that fails it says why in one line and starts browser mode instead.
// `npm start -- --web` goes straight to browser mode.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, root } from './build.mjs';
import { findElectronBinary } from './electron-binary.mjs';
import { electronVersion, installElectron } from './electron-install.mjs';

const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const rest = args.filter((a) => a !== '--web');

await ensureBuilt();
const binary = webOnly ? undefined : await electronBinary();
if (binary) launchElectron(binary, rest);
else startBrowserMode(webOnly ? rest : []);

async function electronBinary() {
  const found = findElectronBinary();
  if (found) return found;
  process.stderr.write(`Downloading Electron ${electronVersion()} (once, about 100 MB) with its installer…\n`);
  const installed = await installElectron();
  const after = installed.ok ? findElectronBinary() : undefined;
  if (!after) {
    const why = installed.ok ? 'the installer finished but left no binary' : installed.reason;
    process.stderr.write(`Electron's binary could not be downloaded: ${why}. Starting browser mode instead.\n`);
  }
  return after;
}

function launchElectron(executable, electronArgs) {
  // An Electron-based IDE (VS Code…) exports ELECTRON_RUN_AS_NODE to its terminals; inherited, it would run
  // main.cjs as plain Node (https://www.electronjs.org/docs/latest/api/environment-variables#electron_run_as_node).
  // The project folder, not main.cjs: Electron then takes the app's name from package.json's productName (not
  // "Electron"), like the packaged app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [root, ...electronArgs], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    // Killed by a signal (a crash, the OOM killer) is a failure, with the shell's 128 + n convention.
    process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
  });
}

function startBrowserMode(webArgs) {
  const entry = join(root, 'dist/node/web-host.cjs');
  process.argv = [process.argv[0], entry, '--open', ...webArgs];
  createRequire(import.meta.url)(entry);
}
