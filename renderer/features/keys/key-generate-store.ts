import { create } from 'zustand';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import type { KeySummary } from '../../../shared/keys/key-summary';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { refreshWorkspace } from '../setup/workspace-sync';
import { useKeyExport } from './key-export-store';
import { checkKeysForm, formSubject, initialKeysForm, type KeysForm } from './keys-form';

/** The generate flow: the certificate's details, a new key and certificate, or a certificate for a loaded key. */
export interface KeyGenerateState {
  form: KeysForm;
  /** The key size being generated, while it runs. */
  generating?: number;
  certifying: boolean;
  formError?: ErrorShape;
  /** What the last generate or certify did, shown under its button (the summary appears further up). */
  formDone?: string;
}

export interface KeyGenerateActions {
  setField<K extends keyof KeysForm>(field: K, value: KeysForm[K]): void;
  /** Generates at once (key-rotation-store asks first when a key is in use). */
  generate(): Promise<void>;
  createCertificate(): Promise<void>;
  /** A key loaded another way (an import) is certified under its own alias: the form starts from it. */
  adoptAlias(alias: string): void;
}

export const initialKeyGenerateState: KeyGenerateState = { form: initialKeysForm, certifying: false };

/**
 * A new key replaces the old one everywhere: the session (other areas); the workspace now holds the previous key,
 * and the steps that depended on its certificate need redoing.
 */
export function keyLoaded(summary: KeySummary) {
  useSession.getState().setKey(summary);
  void refreshWorkspace();
}

function madeNotice(summary: KeySummary, what: string): string {
  return `${what} "${summary.alias}" (RSA ${summary.keyBits} bits). Its summary and the Export buttons are shown above.`;
}

export const useKeyGenerate = create<KeyGenerateState & KeyGenerateActions>()((set, get) => {
  const certificateRequest = () => {
    const { form } = get();
    return { subject: formSubject(form), days: Number(form.days), alias: form.alias };
  };
  return {
    ...initialKeyGenerateState,
    setField: (field, value) => set((s) => ({ form: { ...s.form, [field]: value }, formError: undefined, formDone: undefined })),

    generate: async () => {
      const { form } = get();
      if (!checkKeysForm(form).ready || get().generating) return;
      set({ generating: form.bits, formError: undefined, formDone: undefined });
      const result = await api['keys.generate']({ ...certificateRequest(), bits: form.bits });
      if (result.ok) {
        keyLoaded(result.value);
        // The form's password is the keystore password the user chose: the exports use it, not asked again.
        useKeyExport.getState().useKeystorePassword(form.password);
        set({ generating: undefined, formDone: madeNotice(result.value, 'Generated the key and certificate') });
      } else set({ generating: undefined, formError: result.error });
    },

    createCertificate: async () => {
      if (!checkKeysForm(get().form).certificateReady || get().certifying) return;
      set({ certifying: true, formError: undefined, formDone: undefined });
      const result = await api['keys.createCertificate'](certificateRequest());
      if (result.ok) keyLoaded(result.value);
      set({
        certifying: false,
        ...(result.ok ? { formDone: madeNotice(result.value, 'Created the certificate of') } : { formError: result.error }),
      });
    },

    adoptAlias: (alias) => set((s) => ({ form: { ...s.form, alias }, formDone: undefined, formError: undefined })),
  };
});
