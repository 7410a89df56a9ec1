import { create } from 'zustand';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import { fileErrors } from '../../../shared/files/file-errors';
import type { ExportFormat } from '../../../shared/keys/export-format';
import { keyFileKindLabels, MAX_KEY_FILE_BYTES } from '../../../shared/keys/key-import-result';
import type { KeySummary } from '../../../shared/keys/key-summary';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { readFileBounded, tooLargeText } from '../../components/bounded-file';
import { refreshWorkspace } from '../setup/workspace-sync';
import { bytesToBase64 } from './file-to-base64';
import { checkKeysForm, formSubject, initialKeysForm, type KeysForm } from './keys-form';
import { startDownload } from './start-download';

/** A file waiting for its password before it is imported again. */
interface PendingImport {
  name: string;
  contentBase64: string;
}

/** A new key asked for while one is in use: it waits for the admin to confirm the rotation. */
export type PendingRotation = { kind: 'generate' } | { kind: 'import'; file: PendingImport };

export interface KeysState {
  form: KeysForm;
  pendingRotation?: PendingRotation;
  /** Restoring or discarding the previous key, while it runs. */
  previousBusy: boolean;
  previousError?: ErrorShape;
  /** The key size being generated, while it runs. */
  generating?: number;
  certifying: boolean;
  formError?: ErrorShape;
  /** What the last generate or certify did, shown under its button (the summary appears further up). */
  formDone?: string;
  importing: boolean;
  pendingImport?: PendingImport;
  importPassword: string;
  importError?: ErrorShape;
  /** What the last import found and what the user should know. */
  importNotes: string[];
  exporting?: ExportFormat;
  exportPassword: string;
  exportConfirm: string;
  keyPassphrase: string;
  exportError?: ErrorShape;
  /** Where the last file went (Electron) or its name (download). */
  exportDone?: string;
}

export interface KeysActions {
  setField<K extends keyof KeysForm>(field: K, value: KeysForm[K]): void;
  generate(): Promise<void>;
  createCertificate(): Promise<void>;
  importFile(file: File): Promise<void>;
  setImportPassword(password: string): void;
  retryImport(): Promise<void>;
  cancelImport(): void;
  setExportPassword(password: string): void;
  setExportConfirm(password: string): void;
  setKeyPassphrase(passphrase: string): void;
  exportFile(format: ExportFormat): Promise<void>;
  refresh(): Promise<void>;
  /** Goes on with the generate or import that waits for the rotation to be confirmed. */
  confirmRotation(): Promise<void>;
  cancelRotation(): void;
  restorePrevious(): Promise<void>;
  discardPrevious(): Promise<void>;
}

export const initialKeysState: KeysState = {
  form: initialKeysForm,
  previousBusy: false,
  certifying: false,
  importing: false,
  importPassword: '',
  importNotes: [],
  exportPassword: '',
  exportConfirm: '',
  keyPassphrase: '',
};

const tooLarge = (name: string): ErrorShape =>
  fileErrors.raise('file-too-large', `${tooLargeText(name, MAX_KEY_FILE_BYTES)}.`).toShape();

/**
 * A new key replaces the old one everywhere: the session (other areas) and this page's import state; the
 * workspace now holds the previous key, and the steps that depended on its certificate need redoing.
 */
function keyLoaded(summary: KeySummary) {
  useSession.getState().setKey(summary);
  void refreshWorkspace();
}

/** Generating or importing while a key is in use is a rotation: it waits for a confirmation. */
const keyInUse = () => useSession.getState().key !== undefined;

function madeNotice(summary: KeySummary, what: string): string {
  return `${what} "${summary.alias}" (RSA ${summary.keyBits} bits). Its summary and the Export buttons are shown above.`;
}

export const useKeys = create<KeysState & KeysActions>()((set, get) => {
  const certificateRequest = () => {
    const { form } = get();
    return { subject: formSubject(form), days: Number(form.days), alias: form.alias };
  };

  const runImport = async (file: PendingImport, password: string | undefined) => {
    set({ importing: true, importError: undefined, importNotes: [] });
    const result = await api['keys.import']({ ...file, ...(password !== undefined ? { password } : {}) });
    if (result.ok) {
      keyLoaded(result.value.summary);
      // The form's Unique Name now certifies this key: start from the alias the import settled on.
      set((s) => ({ form: { ...s.form, alias: result.value.summary.alias }, formDone: undefined, formError: undefined }));
      set({
        importing: false,
        pendingImport: undefined,
        importPassword: '',
        importNotes: [`Imported: ${keyFileKindLabels[result.value.kind]}.`, ...result.value.notes],
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

  const runGenerate = async () => {
    const { form } = get();
    set({ generating: form.bits, formError: undefined, formDone: undefined });
    const result = await api['keys.generate']({ ...certificateRequest(), bits: form.bits });
    if (result.ok) {
      keyLoaded(result.value);
      // The form's password is the keystore password the user chose: offer it for the JKS export.
      set({
        generating: undefined,
        exportPassword: form.password,
        exportConfirm: form.password,
        importNotes: [],
        formDone: madeNotice(result.value, 'Generated the key and certificate'),
      });
    } else set({ generating: undefined, formError: result.error });
  };

  return {
    ...initialKeysState,
    setField: (field, value) => set((s) => ({ form: { ...s.form, [field]: value }, formError: undefined, formDone: undefined })),

    generate: async () => {
      const { form } = get();
      if (!checkKeysForm(form).ready || get().generating) return;
      if (keyInUse()) {
        set({ pendingRotation: { kind: 'generate' } });
        return;
      }
      await runGenerate();
    },

    confirmRotation: async () => {
      const pending = get().pendingRotation;
      set({ pendingRotation: undefined });
      if (pending?.kind === 'generate') await runGenerate();
      if (pending?.kind === 'import') await runImport(pending.file, undefined);
    },
    cancelRotation: () => set({ pendingRotation: undefined }),

    restorePrevious: async () => {
      set({ previousBusy: true, previousError: undefined });
      const result = await api['keys.restorePrevious']();
      if (result.ok) keyLoaded(result.value);
      set({ previousBusy: false, ...(result.ok ? {} : { previousError: result.error }) });
    },
    discardPrevious: async () => {
      set({ previousBusy: true, previousError: undefined });
      const result = await api['keys.discardPrevious']();
      await refreshWorkspace();
      set({ previousBusy: false, ...(result.ok ? {} : { previousError: result.error }) });
    },

    createCertificate: async () => {
      if (!checkKeysForm(get().form).certificateReady || get().certifying) return;
      set({ certifying: true, formError: undefined, formDone: undefined });
      const result = await api['keys.createCertificate'](certificateRequest());
      if (result.ok) keyLoaded(result.value);
      set({
        certifying: false,
        // The import's "no certificate" note is answered now.
        ...(result.ok
          ? { formDone: madeNotice(result.value, 'Created the certificate of'), importNotes: [] }
          : { formError: result.error }),
      });
    },

    importFile: async (file) => {
      const bytes = await readFileBounded(file, MAX_KEY_FILE_BYTES);
      if (!bytes) {
        set({ importError: tooLarge(file.name), pendingImport: undefined, importNotes: [] });
        return;
      }
      const pending = { name: file.name, contentBase64: bytesToBase64(bytes) };
      if (keyInUse()) {
        set({ pendingRotation: { kind: 'import', file: pending }, importError: undefined, importNotes: [] });
        return;
      }
      await runImport(pending, undefined);
    },
    setImportPassword: (importPassword) => set({ importPassword }),
    retryImport: async () => {
      const { pendingImport, importPassword } = get();
      if (pendingImport) await runImport(pendingImport, importPassword);
    },
    cancelImport: () => set({ pendingImport: undefined, importPassword: '', importError: undefined }),

    setExportPassword: (exportPassword) => set({ exportPassword, exportError: undefined }),
    setExportConfirm: (exportConfirm) => set({ exportConfirm, exportError: undefined }),
    setKeyPassphrase: (keyPassphrase) => set({ keyPassphrase, exportError: undefined }),

    exportFile: async (format) => {
      const { exportPassword, keyPassphrase } = get();
      const password =
        format === 'key-pem' ? keyPassphrase || undefined : format === 'jks' || format === 'p12' ? exportPassword : undefined;
      set({ exporting: format, exportError: undefined, exportDone: undefined });
      const result = await api['keys.export']({ format, ...(password !== undefined ? { password } : {}) });
      if (!result.ok) {
        set({ exporting: undefined, exportError: result.error });
        return;
      }
      const delivery = result.value;
      if (delivery.kind === 'download') startDownload(delivery.url, delivery.name);
      set({
        exporting: undefined,
        exportDone:
          delivery.kind === 'saved'
            ? `Saved ${delivery.path}`
            : delivery.kind === 'download'
              ? `Downloading ${delivery.name}`
              : undefined,
      });
    },

    refresh: async () => {
      const result = await api['keys.current']();
      if (result.ok) useSession.getState().setKey(result.value ?? undefined);
    },
  };
});
