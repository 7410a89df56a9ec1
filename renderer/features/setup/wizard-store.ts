import { create } from 'zustand';
import type { ProfileConfig } from '../../../shared/profiles/profile-config';
import type { WizardAnswers } from '../../../shared/workspace/wizard-answers';
import type { WorkspaceView } from '../../../shared/workspace/workspace-view';
import { chooseEnvironment, initialOrgForm, type OrgForm, orgFormFor, sameEnvironment } from './org-choice';
import { WIZARD_STEPS, type WizardStepId } from './wizard-steps';

/**
 * Where the admin is in the wizard, what they ticked, and their public answers (org, Consumer Key, username).
 * The Node side keeps them in the workspace (workspace-sync.ts sends every change), so the wizard resumes in
 * any host after a restart. Never a secret: keys stay on the Node side, passphrases are never stored.
 */
export interface WizardState {
  step: WizardStepId;
  /** Checklist items done, by id (e.g. `eca-jwt`), plus whole steps (`org`, `jks`). */
  ticks: Record<string, boolean>;
  org: OrgForm;
  clientId: string;
  username: string;
  /** When the admin saved the app in Salesforce (ms): starts the 2–10 minute propagation timer. */
  appSavedAt?: number;
  /** True once the saved answers are back from the workspace: nothing is sent before, not to overwrite them. */
  hydrated: boolean;
  /** The workspace's other facts: confirmed certificates, last tests, the previous key, the protection. */
  workspace?: WorkspaceView;
  /** Said once by the workspace (a damaged file set aside, a keychain that refused). */
  notices: string[];
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
  /** Takes the workspace's saved answers (at start) and its facts. */
  hydrate(view: WorkspaceView): void;
  setWorkspace(view: WorkspaceView): void;
}

export const initialWizardState: WizardState = {
  step: 'org',
  ticks: {},
  org: initialOrgForm,
  clientId: '',
  username: '',
  hydrated: false,
  notices: [],
};

const offset = (step: WizardStepId, by: number): WizardStepId => {
  const i = WIZARD_STEPS.findIndex((s) => s.id === step) + by;
  return WIZARD_STEPS[Math.min(Math.max(i, 0), WIZARD_STEPS.length - 1)]!.id;
};

/** The answers as the workspace keeps them (ticks as the list of ids done). */
export function answersOf(state: WizardState): WizardAnswers {
  return {
    step: state.step,
    done: Object.keys(state.ticks).filter((id) => state.ticks[id] === true),
    org: state.org,
    clientId: state.clientId,
    username: state.username,
    ...(state.appSavedAt !== undefined ? { appSavedAt: state.appSavedAt } : {}),
  };
}

function fromAnswers(
  answers: WizardAnswers,
): Pick<WizardState, 'step' | 'ticks' | 'org' | 'clientId' | 'username' | 'appSavedAt'> {
  return {
    step: answers.step,
    ticks: Object.fromEntries(answers.done.map((id) => [id, true])),
    org: answers.org,
    clientId: answers.clientId,
    username: answers.username,
    appSavedAt: answers.appSavedAt,
  };
}

export const useWizard = create<WizardState & WizardActions>()((set) => ({
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
  restart: () =>
    set({
      step: initialWizardState.step,
      ticks: initialWizardState.ticks,
      org: initialWizardState.org,
      clientId: '',
      username: '',
      appSavedAt: undefined,
    }),
  hydrate: (view) => set({ ...fromAnswers(view.wizard), hydrated: true, workspace: view, notices: view.notices }),
  setWorkspace: (view) => set((s) => ({ workspace: view, notices: [...s.notices, ...view.notices] })),
}));
