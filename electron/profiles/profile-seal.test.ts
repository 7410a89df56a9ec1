import { describe, expect, it } from 'vitest';
import { machineSecrets } from '../../test-support/machine-secrets';
import { openPrivateKey, sealPrivateKey, sealWithPassphrase } from './profile-seal';

const SECRET = '-----BEGIN PRIVATE KEY-----\nMIIE...not a real key but secret all the same\n-----END PRIVATE KEY-----\n';

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
      hint: expect.stringContaining('desktop app'),
    });
    // In the desktop app itself, a store that does not answer (another Linux backend, a locked keyring) is
    // not told to "open it in the desktop app".
    await expect(openPrivateKey(sealed, machineSecrets(false), undefined, 'the test')).rejects.toMatchObject({
      code: 'secret-store-unavailable',
      message: expect.stringContaining('does not answer in this session'),
      hint: expect.not.stringContaining('in the desktop app'),
    });
    await expect(openPrivateKey(sealed, machineSecrets(), undefined, 'the test')).rejects.toMatchObject({
      code: 'secret-store-refused',
    });
    await expect(sealPrivateKey(SECRET, machineSecrets(false))).rejects.toMatchObject({ code: 'passphrase-required' });
    await expect(sealPrivateKey(SECRET, undefined, 'short')).rejects.toMatchObject({ code: 'weak-passphrase' });
    expect((await sealPrivateKey(SECRET, machineSecrets(false), 'long enough for a sealed key')).scheme).toBe('passphrase');
  });
});
