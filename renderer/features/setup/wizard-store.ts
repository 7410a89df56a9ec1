import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ProfileConfig } from '../../../shared/profiles/profile-config';
import { chooseEnvironment, initialOrgForm, type OrgForm, orgFormFor, sameEnvironment } from './org-choice';
import { WIZARD_STEPS, type WizardStepId } from './wizard-steps';

/**
 * Where the admin is in the wizard, what they ticked, and their public answers (org, Consumer Key,
 * username), kept in localStorage so the wizard resumes after a restart. Never a secret: keys stay on the
 * Node side, passphrases are never stored.
 */
export interface WizardState {
  step: WizardStepId;
  /** Checklist items done, by id (e.g. `eca-jwt`), plus whole steps (`org`, `test`). */
  ticks: Record<string, boolean>;
  org: OrgForm;
  clientId: string;
  username: string;
  /** When the admin saved the app in Salesforce (ms): starts the 2–10 minute propagation timer. */
  appSavedAt?: number;
}

export interface WizardActions {
  goTo(step: WizardStepId): void;
  next(): void;
  back(): void;
  tick(id: string, done: boolean): void;
  setOrg<K extends keyof OrgForm>(field: K, value: OrgForm[K]): void;
  setCredentials(values: Partial<Pick<WizardState, 'clientId' | 'username'>>): void;
  markAppSaved(at: number | undefined): void;
  /**
   * Shows an opened profile's configuration in steps 1 and 5, so that going back to step 1 cannot put a
   * stale org back into the session. Step 1 stays ticked only if its answers select the same environment.
   */
  adopt(config: ProfileConfig): void;
  /** Forgets the progress and answers (a new org); the key and saved profiles are not touched. */
  restart(): void;
}

export const initialWizardState: WizardState = { step: 'org', ticks: {}, org: initialOrgForm, clientId: '', username: '' };

const offset = (step: WizardStepId, by: number): WizardStepId => {
  const i = WIZARD_STEPS.findIndex((s) => s.id === step) + by;
  return WIZARD_STEPS[Math.min(Math.max(i, 0), WIZARD_STEPS.length - 1)]!.id;
};

export const WIZARD_STORAGE_KEY = 'sf-jwt-studio.wizard';

export const useWizard = create<WizardState & WizardActions>()(
  persist(
    (set) => ({
      ...initialWizardState,
      goTo: (step) => set({ step }),
      next: () => set((s) => ({ step: offset(s.step, 1) })),
      back: () => set((s) => ({ step: offset(s.step, -1) })),
      tick: (id, done) => set((s) => ({ ticks: { ...s.ticks, [id]: done } })),
      // A changed answer is not in use until "Use this org and continue": step 1 is no longer done.
      setOrg: (field, value) => set((s) => ({ org: { ...s.org, [field]: value }, ticks: { ...s.ticks, org: false } })),
      setCredentials: (values) => set(values),
      markAppSaved: (appSavedAt) => set({ appSavedAt }),
      adopt: ({ appKind, environment, clientId, username }) => {
        const org = orgFormFor(appKind, environment);
        const same = sameEnvironment(chooseEnvironment(org).environment, environment);
        set((s) => ({ org, clientId, username, ticks: { ...s.ticks, org: same } }));
      },
      restart: () => set(initialWizardState),
    }),
    {
      name: WIZARD_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ step, ticks, org, clientId, username, appSavedAt }) => ({
        step,
        ticks,
        org,
        clientId,
        username,
        appSavedAt,
      }),
    },
  ),
);
