import { create } from 'zustand';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { refreshWorkspace } from '../setup/workspace-sync';
import { keyLoaded, useKeyGenerate } from './key-generate-store';
import { type PendingImport, useKeyImport } from './key-import-store';
import { checkKeysForm } from './keys-form';

/** A new key asked for while one is in use: it waits for the admin to confirm the rotation. */
export type PendingRotation = { kind: 'generate' } | { kind: 'import'; file: PendingImport };

/** Replacing the key in use: the confirmation it waits for, and the previous key kept by the workspace. */
export interface KeyRotationState {
  pendingRotation?: PendingRotation;
  /** Restoring or discarding the previous key, while it runs. */
  previousBusy: boolean;
  previousError?: ErrorShape;
}

export interface KeyRotationActions {
  /** Generate, or ask first when it would replace the key in use. */
  generate(): Promise<void>;
  /** Import a picked or dropped file, or ask first when it would replace the key in use. */
  importFile(file: File): Promise<void>;
  /** Goes on with the generate or import that waits for the rotation to be confirmed. */
  confirmRotation(): Promise<void>;
  cancelRotation(): void;
  restorePrevious(): Promise<void>;
  discardPrevious(): Promise<void>;
}

/** Generating or importing while a key is in use is a rotation: it waits for a confirmation. */
const keyInUse = () => useSession.getState().key !== undefined;

export const useKeyRotation = create<KeyRotationState & KeyRotationActions>()((set, get) => ({
  previousBusy: false,

  generate: async () => {
    const { form, generating } = useKeyGenerate.getState();
    if (!checkKeysForm(form).ready || generating) return;
    if (keyInUse()) set({ pendingRotation: { kind: 'generate' } });
    else await useKeyGenerate.getState().generate();
  },

  importFile: async (file) => {
    const pending = await useKeyImport.getState().read(file);
    if (!pending) return;
    if (keyInUse()) set({ pendingRotation: { kind: 'import', file: pending } });
    else await useKeyImport.getState().load(pending);
  },

  confirmRotation: async () => {
    const pending = get().pendingRotation;
    set({ pendingRotation: undefined });
    if (pending?.kind === 'generate') await useKeyGenerate.getState().generate();
    if (pending?.kind === 'import') await useKeyImport.getState().load(pending.file);
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
}));
