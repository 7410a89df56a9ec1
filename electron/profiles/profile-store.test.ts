import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredProfile } from '../../shared/profiles/profile-file';
import { ProfileStore } from './profile-store';

/** The disk fails where asked: the rename that publishes a written file, or the write of its bytes. */
const failures = vi.hoisted(() => ({ rename: false, write: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      if (failures.rename) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      return fs.rename(from, to);
    },
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      if (!failures.write) return handle;
      // A full disk: half of the bytes land, then the write fails.
      return Object.assign(Object.create(handle), {
        writeFile: async (data: string) => {
          await handle.writeFile(data.slice(0, data.length / 2));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    },
  };
});

afterEach(() => {
  failures.rename = false;
  failures.write = false;
});

function profile(name: string): StoredProfile {
  return {
    name,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    config: {
      appKind: 'connected',
      environment: { kind: 'production' },
      clientId: '3MVG9abc',
      username: 'a@acme.com',
      endpoint: 'https://login.salesforce.com',
      aud: 'https://login.salesforce.com',
    },
    key: { alias: 'salesforce_jwt' },
  };
}

const add = (name: string) => async (profiles: StoredProfile[]) => ({ profiles: [...profiles, profile(name)], result: name });

describe('profile store', () => {
  it('starts empty, and keeps what each change stores', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfjs-store-'));
    const store = new ProfileStore(dir);
    expect(await store.read()).toEqual([]);
    await Promise.all([store.update(add('one')), store.update(add('two'))]);
    expect((await store.read()).map((p) => p.name)).toEqual(['one', 'two']);
  });

  for (const where of ['rename', 'write'] as const) {
    it(`a failed ${where} leaves the previous file intact and no temporary file behind`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sfjs-store-'));
      const store = new ProfileStore(dir);
      await store.update(add('kept'));
      const before = readFileSync(store.path);
      failures[where] = true;
      await expect(store.update(add('lost'))).rejects.toMatchObject({ code: 'profiles-write-failed' });
      expect(readFileSync(store.path).equals(before)).toBe(true);
      expect(readdirSync(dir)).toEqual(['profiles.json']);
      failures[where] = false;
      expect((await store.read()).map((p) => p.name)).toEqual(['kept']);
      await store.update(add('after'));
      expect((await store.read()).map((p) => p.name)).toEqual(['kept', 'after']);
    });
  }

  it('refuses a damaged file with a coded error and never overwrites it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfjs-store-'));
    const store = new ProfileStore(dir);
    writeFileSync(store.path, '{"format":"sf-jwt-studio/profiles","version":1,"profiles":[{"name":');
    await expect(store.read()).rejects.toMatchObject({ code: 'profiles-file-damaged' });
    await expect(store.update(add('new'))).rejects.toMatchObject({ code: 'profiles-file-damaged' });
    expect(readFileSync(store.path, 'utf8')).toMatch(/"name":$/);
  });

  it('refuses the 1001st profile with profiles-limit, and the store stays readable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfjs-store-'));
    const store = new ProfileStore(dir);
    const thousand = Array.from({ length: 1000 }, (_, i) => profile(`p${i}`));
    await store.update(async () => ({ profiles: thousand, result: undefined }));
    await expect(store.update(add('one too many'))).rejects.toMatchObject({ code: 'profiles-limit' });
    expect(await store.read()).toHaveLength(1000);
    await store.update(async (profiles) => ({ profiles: profiles.slice(1), result: undefined }));
    expect(await store.read()).toHaveLength(999);
  });

  it('refuses a 38 KB certificate with certificate-too-large, and the store stays readable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfjs-store-'));
    const store = new ProfileStore(dir);
    await store.update(add('kept'));
    const body = 'A'.repeat(38 * 1024);
    const big = profile('big');
    big.key.certificatePem = `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
    await expect(store.update(async (profiles) => ({ profiles: [...profiles, big], result: undefined }))).rejects.toMatchObject({
      code: 'certificate-too-large',
    });
    expect((await store.read()).map((p) => p.name)).toEqual(['kept']);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfjs-store-'));
    const store = new ProfileStore(dir);
    await store.update(add('bom'));
    writeFileSync(store.path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(store.path)]));
    expect((await store.read()).map((p) => p.name)).toEqual(['bom']);
  });

  it('removes the temporary files a killed process left, at start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfjs-store-'));
    await new ProfileStore(dir).update(add('kept'));
    for (const hex of ['0123456789ab', 'a1b2c3d4e5f6']) writeFileSync(join(dir, `.profiles.json.${hex}.tmp`), '{"half":');
    writeFileSync(join(dir, 'notes.tmp'), 'not ours');
    const store = new ProfileStore(dir);
    await store.update(add('after'));
    expect(readdirSync(dir).sort()).toEqual(['notes.tmp', 'profiles.json']);
  });
});
