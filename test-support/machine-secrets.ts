import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PlatformSecrets } from '../electron/host/platform-secrets';

/**
 * An OS secret store as safeStorage behaves: a machine key the caller never sees, AES-GCM over the text, and
 * a refusal (a thrown error) for bytes sealed under another key. `available: false` is a Linux session with
 * no keyring.
 */
export function machineSecrets(available = true): PlatformSecrets {
  const key = randomBytes(32);
  return {
    isAvailable: async () => available,
    async encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(sealed) {
      const bytes = Buffer.from(sealed);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
