import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PlatformSecrets } from '../host/platform-secrets';
import { openPrivateKey, sealPrivateKey, sealWithPassphrase } from './profile-seal';

const SECRET = '-----BEGIN PRIVATE KEY-----\nMIIE...not a real key but secret all the same\n-----END PRIVATE KEY-----\n';

/** An OS secret store as safeStorage behaves: a machine key the caller never sees, AES-GCM over the text. */
function machineSecrets(available = true): PlatformSecrets {
  const key = randomBytes(32);
  return {
    isAvailable: () => available,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const bytes = Buffer.from(sealed);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

describe('private keys at rest', () => {
  it('with a passphrase: scrypt + AES-256-GCM, fresh salt and iv each time, opens only with the passphrase', async () => {
    const a = await sealWithPassphrase(SECRET, 'a long passphrase');
    const b = await sealWithPassphrase(SECRET, 'a long passphrase');
    expect(a).toMatchObject({ scheme: 'passphrase', kdf: 'scrypt', n: 32768, r: 8, p: 1 });
    if (a.scheme !== 'passphrase' || b.scheme !== 'passphrase') throw new Error('scheme');
    expect(a.salt).not.toBe(b.salt);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(JSON.stringify(a)).not.toContain('PRIVATE KEY');
    expect(await openPrivateKey(a, undefined, 'a long passphrase', 'the test')).toBe(SECRET);
    await expect(openPrivateKey(a, undefined, 'A long passphrase', 'the test')).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    await expect(openPrivateKey(a, undefined, undefined, 'the test')).rejects.toMatchObject({ code: 'passphrase-required' });
  });

  it('detects a modified ciphertext', async () => {
    const sealed = await sealWithPassphrase(SECRET, 'a long passphrase');
    if (sealed.scheme !== 'passphrase') throw new Error('scheme');
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[5] = (bytes[5] as number) ^ 1;
    const tampered = { ...sealed, ciphertext: bytes.toString('base64') };
    await expect(openPrivateKey(tampered, undefined, 'a long passphrase', 'the test')).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
  });

  it('refuses a GCM tag cut short, even one that is a prefix of the right tag', async () => {
    const sealed = await sealWithPassphrase(SECRET, 'a long passphrase');
    if (sealed.scheme !== 'passphrase') throw new Error('scheme');
    for (const bytes of [4, 8, 12, 15]) {
      const cut = { ...sealed, tag: Buffer.from(sealed.tag, 'base64').subarray(0, bytes).toString('base64') };
      await expect(openPrivateKey(cut, undefined, 'a long passphrase', 'the test')).rejects.toMatchObject({
        code: 'wrong-passphrase',
      });
    }
    expect(await openPrivateKey(sealed, undefined, 'a long passphrase', 'the test')).toBe(SECRET);
  });

  it('uses the OS secret store when it is available, else demands a passphrase of 8 characters or more', async () => {
    const secrets = machineSecrets();
    const sealed = await sealPrivateKey(SECRET, secrets);
    expect(sealed.scheme).toBe('platform');
    expect(await openPrivateKey(sealed, secrets, undefined, 'the test')).toBe(SECRET);
    await expect(openPrivateKey(sealed, undefined, undefined, 'the test')).rejects.toMatchObject({
      code: 'secret-store-unavailable',
    });
    await expect(openPrivateKey(sealed, machineSecrets(), undefined, 'the test')).rejects.toMatchObject({
      code: 'secret-store-refused',
    });
    await expect(sealPrivateKey(SECRET, machineSecrets(false))).rejects.toMatchObject({ code: 'passphrase-required' });
    await expect(sealPrivateKey(SECRET, undefined, 'short')).rejects.toMatchObject({ code: 'weak-passphrase' });
    expect((await sealPrivateKey(SECRET, machineSecrets(false), 'long enough')).scheme).toBe('passphrase');
  });
});
