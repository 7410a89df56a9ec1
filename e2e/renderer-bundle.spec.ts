import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The renderer never handles a private key: its built bundle holds no PEM private-key handling and no node-forge.
test('the renderer bundle contains no private-key code path', () => {
  const assets = join(import.meta.dirname, '..', 'dist', 'renderer', 'assets');
  const js = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  expect(js.length).toBeGreaterThan(1000);
  for (const marker of [
    // The PEM armour a reader or writer of private keys carries; the error hints the bundle holds name a key
    // file by its header words ("BEGIN PRIVATE KEY"), without the dashes.
    '-----BEGIN PRIVATE KEY',
    '-----BEGIN RSA PRIVATE KEY',
    '-----BEGIN ENCRYPTED PRIVATE KEY',
    'importPKCS8',
    'privateKeyFromPem',
    'forge.pki',
    'node-forge',
  ]) {
    expect(js, `the renderer bundle mentions ${marker}`).not.toContain(marker);
  }
});
