import { create } from 'zustand';
import type { KeySummary } from '../../shared/keys/key-summary';
import type { AppKind } from '../../shared/profiles/profile-config';
import { type Environment, resolveEnvironment } from '../../shared/salesforce/endpoints';

export type { AppKind };

/**
 * The configuration the areas share: the key in use (its public summary), the org, the app, the user, and the
 * latest assertion. The wizard, the builder, the exchange and profiles all read and write it here, so a value
 * typed once is everywhere. Each area keeps its own UI state in its own slice.
 */
export interface SessionState {
  key?: KeySummary;
  appKind: AppKind;
  environment: Environment;
  clientId: string;
  username: string;
  /** Token endpoint base URL; follows the environment unless the user typed another. */
  endpoint: string;
  aud: string;
  /** The latest assertion built, for the exchange. */
  assertion?: string;
  /** The token the inspector shows. */
  inspectorToken: string;
  /** The profile this configuration was opened from or saved as. */
  profileName?: string;
}

export interface SessionActions {
  setKey(key: KeySummary | undefined): void;
  setEnvironment(environment: Environment): void;
  setAppKind(appKind: AppKind): void;
  setClientId(clientId: string): void;
  setUsername(username: string): void;
  setEndpoint(endpoint: string): void;
  setAud(aud: string): void;
  setAssertion(assertion: string | undefined): void;
  setInspectorToken(token: string): void;
  load(values: Partial<SessionState>): void;
}

const production = resolveEnvironment({ kind: 'production' });

export const initialSessionState: SessionState = {
  appKind: 'external',
  environment: { kind: 'production' },
  clientId: '',
  username: '',
  endpoint: production.endpoint,
  aud: production.aud,
  inspectorToken: '',
};

export const useSession = create<SessionState & SessionActions>()((set) => ({
  ...initialSessionState,
  setKey: (key) => set({ key }),
  setEnvironment: (environment) => set({ environment, ...resolveEnvironment(environment) }),
  setAppKind: (appKind) => set({ appKind }),
  setClientId: (clientId) => set({ clientId }),
  setUsername: (username) => set({ username }),
  setEndpoint: (endpoint) => set({ endpoint }),
  setAud: (aud) => set({ aud }),
  setAssertion: (assertion) => set({ assertion }),
  setInspectorToken: (inspectorToken) => set({ inspectorToken }),
  load: (values) => set(values),
}));
