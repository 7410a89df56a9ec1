// `npm start`: builds, then launches the desktop app. Without an Electron binary it says so in one line.
import { spawn } from 'node:child_process';
import { ensureBuilt, root } from './build.mjs';
import { ELECTRON_MISSING, findElectronBinary } from './electron-binary.mjs';

const binary = findElectronBinary();
if (!binary) {
  process.stderr.write(`${ELECTRON_MISSING}\n`);
  process.exit(1);
}
await ensureBuilt();
// The project folder, not main.cjs: Electron then takes the app's name from package.json's productName (not
// "Electron"), like the packaged app.
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
