import { create } from 'zustand';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import type { ExportFormat } from '../../../shared/keys/export-format';
import { api } from '../../api/client';
import { handOverFile } from '../profiles/hand-over-file';

/** The export flow: the keystore password (asked once), the key's optional passphrase, and each file saved. */
export interface KeyExportState {
  exporting?: ExportFormat;
  exportPassword: string;
  exportConfirm: string;
  keyPassphrase: string;
  exportError?: ErrorShape;
  /** Where the last file went (Electron) or its name (download). */
  exportDone?: string;
}

export interface KeyExportActions {
  setExportPassword(password: string): void;
  setExportConfirm(password: string): void;
  /** The keystore password typed and confirmed elsewhere (the generate form): not asked again. */
  useKeystorePassword(password: string): void;
  setKeyPassphrase(passphrase: string): void;
  exportFile(format: ExportFormat): Promise<void>;
}

export const initialKeyExportState: KeyExportState = { exportPassword: '', exportConfirm: '', keyPassphrase: '' };

export const useKeyExport = create<KeyExportState & KeyExportActions>()((set, get) => ({
  ...initialKeyExportState,
  setExportPassword: (exportPassword) => set({ exportPassword, exportError: undefined }),
  setExportConfirm: (exportConfirm) => set({ exportConfirm, exportError: undefined }),
  useKeystorePassword: (password) => set({ exportPassword: password, exportConfirm: password }),
  setKeyPassphrase: (keyPassphrase) => set({ keyPassphrase, exportError: undefined }),

  exportFile: async (format) => {
    const { exportPassword, keyPassphrase } = get();
    const password =
      format === 'key-pem' ? keyPassphrase || undefined : format === 'jks' || format === 'p12' ? exportPassword : undefined;
    set({ exporting: format, exportError: undefined, exportDone: undefined });
    const result = await api['keys.export']({ format, ...(password !== undefined ? { password } : {}) });
    set(
      result.ok
        ? { exporting: undefined, exportDone: handOverFile(result.value) }
        : { exporting: undefined, exportError: result.error },
    );
  },
}));
