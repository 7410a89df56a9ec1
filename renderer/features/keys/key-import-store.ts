import { create } from 'zustand';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import { fileErrors } from '../../../shared/files/file-errors';
import { keyFileKindLabels, MAX_KEY_FILE_BYTES } from '../../../shared/keys/key-import-result';
import type { KeySummary } from '../../../shared/keys/key-summary';
import { api } from '../../api/client';
import { readFileBounded, tooLargeText } from '../../components/bounded-file';
import { bytesToBase64 } from './file-to-base64';
import { keyLoaded, useKeyGenerate } from './key-generate-store';

/** A file read and waiting: for its password, or for the rotation to be confirmed. */
export interface PendingImport {
  name: string;
  contentBase64: string;
}

/** The import flow: a file read, asked for its password when it needs one, and what was found in it. */
export interface KeyImportState {
  importing: boolean;
  pendingImport?: PendingImport;
  importPassword: string;
  importError?: ErrorShape;
  /** What the last import found and what the user should know. */
  importNotes: string[];
  /** The key those notes are about: once another key (or this key certified) is in use, they no longer apply. */
  importedKey?: KeySummary;
}

export interface KeyImportActions {
  /** Reads a picked or dropped file; undefined (with the error set) when it cannot be a key file. */
  read(file: File): Promise<PendingImport | undefined>;
  /** Imports a file read: the key in use is replaced (key-rotation-store asks first when one is in use). */
  load(file: PendingImport): Promise<void>;
  setImportPassword(password: string): void;
  retryImport(): Promise<void>;
  cancelImport(): void;
}

export const initialKeyImportState: KeyImportState = { importing: false, importPassword: '', importNotes: [] };

const tooLarge = (name: string): ErrorShape =>
  fileErrors.raise('file-too-large', `${tooLargeText(name, MAX_KEY_FILE_BYTES)}.`).toShape();

export const useKeyImport = create<KeyImportState & KeyImportActions>()((set, get) => {
  const runImport = async (file: PendingImport, password: string | undefined) => {
    set({ importing: true, importError: undefined, importNotes: [] });
    const result = await api['keys.import']({ ...file, ...(password !== undefined ? { password } : {}) });
    if (result.ok) {
      keyLoaded(result.value.summary);
      // The form's Unique Name now certifies this key: start from the alias the import settled on.
      useKeyGenerate.getState().adoptAlias(result.value.summary.alias);
      set({
        importing: false,
        pendingImport: undefined,
        importPassword: '',
        importNotes: [`Imported: ${keyFileKindLabels[result.value.kind]}.`, ...result.value.notes],
        importedKey: result.value.summary,
      });
      return;
    }
    const needsPassword = result.error.code === 'password-required' || result.error.code === 'wrong-password';
    set({
      importing: false,
      pendingImport: needsPassword ? file : undefined,
      importError: result.error.code === 'password-required' ? undefined : result.error,
    });
  };

  return {
    ...initialKeyImportState,
    read: async (file) => {
      // Counted by the bytes actually read, whatever the file claims to be (the CLI's cap).
      const bytes = await readFileBounded(file, MAX_KEY_FILE_BYTES);
      if (!bytes) {
        set({ importError: tooLarge(file.name), pendingImport: undefined, importNotes: [] });
        return undefined;
      }
      set({ importError: undefined, importNotes: [] });
      return { name: file.name, contentBase64: bytesToBase64(bytes) };
    },
    load: (file) => runImport(file, undefined),
    setImportPassword: (importPassword) => set({ importPassword }),
    retryImport: async () => {
      const { pendingImport, importPassword } = get();
      if (pendingImport) await runImport(pendingImport, importPassword);
    },
    cancelImport: () => set({ pendingImport: undefined, importPassword: '', importError: undefined }),
  };
});
