import { create } from 'zustand';
import type { Removal } from '../../../shared/jwt/clean-token';
import type { TokenPart } from '../../components/jwt/segmented-token';

/** Where the inspector takes the public key from: the current key's certificate, or a pasted one. */
export type KeySource = 'current' | 'pasted';

export interface InspectorState {
  keySource: KeySource;
  /** A pasted certificate PEM, public key PEM, JWK or JWKS. Public data, kept in the page only. */
  pastedKey: string;
  /** The endpoint the aud is checked against; empty for none. */
  endpoint: string;
  purpose: 'bearer' | 'attestation';
  /** The header or payload was edited here: the signature was made over other text. */
  edited: boolean;
  /** What "Clean this token" took out last, shown until the token is changed another way. */
  cleaned?: Removal[];
  /** The part of the token the finding in focus is about. */
  highlight?: TokenPart;
}

export interface InspectorActions {
  setKeySource(keySource: KeySource): void;
  setPastedKey(pastedKey: string): void;
  setEndpoint(endpoint: string): void;
  setPurpose(purpose: InspectorState['purpose']): void;
  /** A token typed, pasted or opened: no longer edited or cleaned here. */
  tokenReplaced(): void;
  markEdited(): void;
  markCleaned(removals: Removal[]): void;
  setHighlight(part: TokenPart | undefined): void;
}

export const initialInspectorState: InspectorState = {
  keySource: 'current',
  pastedKey: '',
  endpoint: '',
  purpose: 'bearer',
  edited: false,
};

export const useInspector = create<InspectorState & InspectorActions>()((set) => ({
  ...initialInspectorState,
  setKeySource: (keySource) => set({ keySource }),
  setPastedKey: (pastedKey) => set({ pastedKey }),
  setEndpoint: (endpoint) => set({ endpoint }),
  setPurpose: (purpose) => set({ purpose }),
  tokenReplaced: () => set({ edited: false, cleaned: undefined }),
  markEdited: () => set({ edited: true, cleaned: undefined }),
  markCleaned: (cleaned) => set({ cleaned }),
  setHighlight: (highlight) => set({ highlight }),
}));
