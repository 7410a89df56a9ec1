import { create } from 'zustand';
import type { OutputOf } from '../../../shared/api/contract';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import type { AdminConnectionInfo, OrgCheckReport } from '../../../shared/org-check/org-check-report';
import type { Cause } from '../../../shared/salesforce/cause-code';
import { api } from '../../api/client';

type SfOrgs = OutputOf<'orgCheck.sfOrgs'>;

/** "Check in the org": the admin connection (masked), the orgs sf knows, the latest check and its diagnosis. */
export interface OrgCheckState {
  connection: AdminConnectionInfo | null;
  sfOrgs?: SfOrgs;
  busy: boolean;
  error?: ErrorShape;
  report?: OrgCheckReport;
  /** The attempt the diagnosis below was recomputed for. */
  attemptId?: string;
  diagnosis?: Cause[];
}

export interface OrgCheckActions {
  refreshConnection(): Promise<void>;
  listSfOrgs(): Promise<void>;
  connectSfOrg(alias: string): Promise<void>;
  /** `keep`: sealed in the workspace for the next start. */
  connectToken(instanceUrl: string, accessToken: string, keep: boolean): Promise<void>;
  connectRehearsal(): Promise<void>;
  disconnect(): Promise<void>;
  run(input: { username: string; app?: string; attemptId?: string }): Promise<void>;
}

export const useOrgCheck = create<OrgCheckState & OrgCheckActions>()((set) => {
  /** Runs one call with the busy flag; a failure becomes the panel's error. */
  async function call<T>(run: () => Promise<{ ok: true; value: T } | { ok: false; error: ErrorShape }>, done: (v: T) => void) {
    set({ busy: true, error: undefined });
    const result = await run();
    if (result.ok) done(result.value);
    set({ busy: false, ...(result.ok ? {} : { error: result.error }) });
  }
  const connected = (connection: AdminConnectionInfo) => set({ connection, report: undefined, diagnosis: undefined });
  return {
    connection: null,
    busy: false,
    async refreshConnection() {
      const result = await api['orgCheck.connection']();
      if (result.ok) set({ connection: result.value });
    },
    listSfOrgs: () =>
      call(
        () => api['orgCheck.sfOrgs'](),
        (sfOrgs) => set({ sfOrgs }),
      ),
    connectSfOrg: (alias) => call(() => api['orgCheck.connectSfOrg']({ alias }), connected),
    connectToken: (instanceUrl, accessToken, keep) =>
      call(() => api['orgCheck.connectToken']({ instanceUrl, accessToken, keep }), connected),
    connectRehearsal: () => call(() => api['orgCheck.connectRehearsal'](), connected),
    disconnect: () =>
      call(
        () => api['orgCheck.disconnect'](),
        () => set({ connection: null, report: undefined, diagnosis: undefined }),
      ),
    run: (input) =>
      call(
        () => api['orgCheck.run'](input),
        ({ report, diagnosis }) => set({ report, diagnosis, attemptId: input.attemptId }),
      ),
  };
});
