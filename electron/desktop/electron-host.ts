import { app, type BrowserWindow, dialog, safeStorage } from 'electron';
import type { Delivery } from '../../shared/api/delivery';
import { writeFileAtomic } from '../files/atomic-write';
import type { FileDelivery, OutgoingFile } from '../host/file-delivery';
import type { PlatformSecrets } from '../host/platform-secrets';

/** Electron's file delivery: a native save dialog, then an atomic write (0600 for secrets). */
export function saveDialogDelivery(window: () => BrowserWindow | undefined): FileDelivery {
  return {
    async deliver(file: OutgoingFile): Promise<Delivery> {
      const parent = window();
      const options = { defaultPath: `${app.getPath('documents')}/${file.name}` };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { kind: 'cancelled' };
      await writeFileAtomic(result.filePath, file.bytes, { secret: file.secret });
      return { kind: 'saved', path: result.filePath };
    },
  };
}

/** Electron's safeStorage through its asynchronous API: the OS keychain encrypts stored private keys at rest. */
export const safeStorageSecrets: PlatformSecrets = {
  // On Linux without a keyring safeStorage falls back to `basic_text`, a hard-coded key: as good as plain text,
  // so stored private keys then use the user's passphrase instead.
  isAvailable: async () =>
    (await safeStorage.isAsyncEncryptionAvailable()) &&
    (process.platform !== 'linux' || !['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())),
  encrypt: (plain) => safeStorage.encryptStringAsync(plain),
  decrypt: async (sealed) => (await safeStorage.decryptStringAsync(Buffer.from(sealed))).result,
};
