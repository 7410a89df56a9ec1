import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_NAME, APP_USER_MODEL_ID } from '../electron/desktop/app-identity';
import { root } from './build.mjs';
import { packLinuxDir } from './pack-check.mjs';

interface BuilderConfig {
  appId: string;
  productName: string;
  artifactName: string;
  electronFuses: Record<string, boolean>;
  linux: { maintainer: string; icon: string; synopsis: string; description: string };
  mac: { icon: string; minimumSystemVersion: string; hardenedRuntime: boolean; notarize?: boolean };
  win: { icon: string };
  nsis: { artifactName: string };
}

// electron-builder's own YAML reader (a dependency of it, untyped).
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('packaging configuration', () => {
  it('sets exactly the fuses of the security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('gives the app one identity in dev and packaged runs', () => {
    expect(config.productName).toBe(APP_NAME);
    expect(pkg.productName).toBe(APP_NAME);
    expect(config.appId).toBe(APP_USER_MODEL_ID);
  });

  it('has what the deb target and the stores ask for, icons for every target, and file names without spaces', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.repository.url).toMatch(/^git\+https:\/\//);
    expect(pkg.author.email).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(pkg.description.length).toBeGreaterThan(20);
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>$/);
    expect(config.linux.synopsis).toBeTruthy();
    for (const icon of ['build/icon.icns', 'build/icon.ico', 'build/icons/512x512.png', 'build/icons/16x16.png'])
      expect(readFileSync(join(root, icon)).length, icon).toBeGreaterThan(100);
    expect(readFileSync(join(root, 'build/icon.icns')).subarray(0, 4).toString('ascii')).toBe('icns');
    expect([...readFileSync(join(root, 'build/icon.ico')).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect([config.mac.icon, config.win.icon, config.linux.icon]).toEqual(['build/icon.icns', 'build/icon.ico', 'build/icons']);
    for (const name of [config.artifactName, config.nsis.artifactName]) expect(name).not.toMatch(/\s|\$\{productName\}/);
    expect(config.mac.minimumSystemVersion).toBe('13.0');
    // Left unset: electron-builder notarizes when the APPLE_* variables are there and skips with one line when not.
    expect(config.mac.notarize).toBeUndefined();
  });
});

describe('electron-builder --linux dir against a stand-in Electron (offline)', () => {
  let packed: Awaited<ReturnType<typeof packLinuxDir>>;
  beforeAll(async () => {
    packed = await packLinuxDir();
  }, 240_000);
  afterAll(() => rmSync(packed.work, { recursive: true, force: true }));

  it('ships the bundled app and no node_modules', () => {
    expect(packed.files).toEqual(
      expect.arrayContaining([
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        '/dist/renderer/index.html',
        '/package.json',
      ]),
    );
    expect(packed.files.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(packed.files.filter((f) => f.endsWith('.map'))).toEqual([]);
    // Nothing beside the archive either (no app.asar.unpacked, no loose node_modules).
    expect(readdirSync(join(packed.appDir, 'resources')).filter((f) => f !== 'app-update.yml')).toEqual(['app.asar']);
  });

  it('flips the fuses in the packaged executable', () => {
    expect(packed.fuses).toMatchObject({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });
});
