import { create } from 'zustand';
import type { SignedAssertion } from '../../../shared/api/jwt-contract';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import { api } from '../../api/client';
import { type AssertionForm, type AssertionMode, signRequest } from './sign-request';

export interface BuilderState {
  mode: AssertionMode;
  /** Seconds, as typed; 300 by default (sfdx-core's choice, well inside Salesforce's clock skew). */
  lifetime: string;
  withJti: boolean;
  signing: boolean;
  signed?: SignedAssertion;
  /** What the signed assertion is: the inspector checks an attestation without asking for a sub. */
  signedAs?: AssertionMode;
  error?: ErrorShape;
}

export interface BuilderActions {
  setMode(mode: AssertionMode): void;
  setLifetime(lifetime: string): void;
  setWithJti(withJti: boolean): void;
  /** Signs on the Node side with the current key; the private key never reaches this page. */
  sign(session: Pick<AssertionForm, 'clientId' | 'username' | 'aud'>): Promise<void>;
}

export const initialBuilderState: BuilderState = { mode: 'bearer', lifetime: '300', withJti: false, signing: false };

export const useBuilder = create<BuilderState & BuilderActions>()((set, get) => ({
  ...initialBuilderState,
  setMode: (mode) => set({ mode }),
  setLifetime: (lifetime) => set({ lifetime }),
  setWithJti: (withJti) => set({ withJti }),
  sign: async (session) => {
    const { mode, lifetime, withJti } = get();
    const request = signRequest({ mode, lifetime, withJti, ...session }, () => crypto.randomUUID());
    if (!request.ok) {
      set({ error: request.error, signed: undefined });
      return;
    }
    set({ signing: true, error: undefined });
    const result = await api['jwt.sign'](request.input);
    set(
      result.ok
        ? { signing: false, signed: result.value, signedAs: mode }
        : { signing: false, error: result.error, signed: undefined },
    );
  },
}));
