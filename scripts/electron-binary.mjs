// Finds the Electron binary without triggering its lazy download: requiring the `electron` package (or
// running `npx electron`) fetches the binary on first use, which fails at once on an offline machine.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build.mjs';

const platformPath = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/** The path of the Electron executable, or undefined when none is installed. */
export function findElectronBinary(env = process.env) {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, platformPath[process.platform] ?? 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const candidate = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(candidate) ? candidate : undefined;
}
