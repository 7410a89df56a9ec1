// `node scripts/pack-check.mjs`: packs the app offline with electron-builder (--linux dir) against a stand-in
// unpacked Electron, then checks what a release would ship: app.asar holds the bundled app and no
// node_modules, and the executable's fuse wire is flipped as electron-builder.yml says. The stand-in is a
// file carrying Electron's fuse sentinel and an 8-fuse wire in Electron's defaults
// (https://github.com/electron/fuses), which is all packaging reads or writes in the binary; it never runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root } from './build.mjs';

const require = createRequire(import.meta.url);
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off,
// only-asar off, browser V8 snapshot off, file:// extra privileges on.
const DEFAULT_WIRE = '10110001';
const FUSES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
];

/** An unpacked Electron for Linux, as electron-builder copies it: the executable and its resources folder. */
export function standInElectron(dir) {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE)]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/false\n'), wire, Buffer.from('\n')]), { mode: 0o755 });
  writeFileSync(join(dir, 'chrome-sandbox'), '', { mode: 0o755 });
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'version'), require('electron/package.json').version);
  return dir;
}

/** The fuse states in a packaged executable, by name: true, false, or 'removed'. */
export function readFuses(executable) {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  const length = bytes[at + 1];
  const states = {};
  for (let i = 0; i < length; i++) {
    const c = String.fromCharCode(bytes[at + 2 + i]);
    states[FUSES[i] ?? `fuse${i}`] = c === '1' ? true : c === '0' ? false : 'removed';
  }
  return states;
}

/** Packs into a fresh folder; answers the unpacked app's folder, the asar's file list and the fuse states. */
export async function packLinuxDir() {
  await ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'sfjs-pack-'));
  const electronDist = standInElectron(join(work, 'electron-dist'));
  const output = join(work, 'release');
  const cli = require.resolve('electron-builder/cli.js');
  const run = spawnSync(
    process.execPath,
    [
      cli,
      '--config',
      'electron-builder.yml',
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
      timeout: 240_000,
    },
  );
  if (run.status !== 0) throw new Error(`electron-builder failed (${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
  const appDir = join(output, 'linux-unpacked');
  const asar = require('@electron/asar');
  const files = asar.listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false });
  return { work, appDir, files, fuses: readFuses(join(appDir, 'sf-jwt-studio')), log: `${run.stdout}${run.stderr}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await packLinuxDir();
  const modules = result.files.filter((f) => f.includes('node_modules'));
  process.stdout.write(`${result.files.length} entries in app.asar, ${modules.length} under node_modules\n`);
  process.stdout.write(`${JSON.stringify(result.fuses)}\n`);
  rmSync(result.work, { recursive: true, force: true });
  if (modules.length > 0) process.exit(1);
}
