import { create } from 'zustand';

/** Where the inspector takes the public key from: the current key's certificate, or a pasted one. */
export type KeySource = 'current' | 'pasted';

export interface InspectorState {
  keySource: KeySource;
  /** A pasted certificate PEM, public key PEM, JWK or JWKS. Public data, kept in the page only. */
  pastedKey: string;
  /** The endpoint the aud is checked against; empty for none. */
  endpoint: string;
  purpose: 'bearer' | 'attestation';
}

export interface InspectorActions {
  setKeySource(keySource: KeySource): void;
  setPastedKey(pastedKey: string): void;
  setEndpoint(endpoint: string): void;
  setPurpose(purpose: InspectorState['purpose']): void;
}

export const initialInspectorState: InspectorState = {
  keySource: 'current',
  pastedKey: '',
  endpoint: '',
  purpose: 'bearer',
};

export const useInspector = create<InspectorState & InspectorActions>()((set) => ({
  ...initialInspectorState,
  setKeySource: (keySource) => set({ keySource }),
  setPastedKey: (pastedKey) => set({ pastedKey }),
  setEndpoint: (endpoint) => set({ endpoint }),
  setPurpose: (purpose) => set({ purpose }),
}));
