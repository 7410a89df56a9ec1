// `npm start`: builds, then launches the desktop app. Without an Electron binary it says so in one line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, root } from './build.mjs';
import { ELECTRON_MISSING, findElectronBinary } from './electron-binary.mjs';

const binary = findElectronBinary();
if (!binary) {
  process.stderr.write(`${ELECTRON_MISSING}\n`);
  process.exit(1);
}
await ensureBuilt();
const child = spawn(binary, [join(root, 'dist/electron/main.cjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
