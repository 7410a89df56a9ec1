import { wizardAnswersSchema } from '../../../shared/workspace/wizard-answers';
import type { CertificateStep, WorkspaceView } from '../../../shared/workspace/workspace-view';
import { api } from '../../api/client';
import { answersOf, useWizard, type WizardState } from './wizard-store';

let loading: Promise<void> | undefined;
let sending = false;
let again = false;

const ANSWER_FIELDS = ['step', 'ticks', 'org', 'clientId', 'username', 'appSavedAt'] as const;
const answersChanged = (a: WizardState, b: WizardState) => ANSWER_FIELDS.some((f) => a[f] !== b[f]);

/** A failed save is said once, not at every keystroke. */
function tellOnce(notice: string) {
  const { notices } = useWizard.getState();
  if (!notices.includes(notice)) useWizard.setState({ notices: [...notices, notice] });
}

/**
 * Sends the wizard's latest answers to the workspace, one request at a time: a change made while one is on its
 * way is sent after it (only the latest state), so the Node side never applies an older state last.
 */
async function send(): Promise<void> {
  if (sending) {
    again = true;
    return;
  }
  sending = true;
  try {
    do {
      again = false;
      const result = await api['workspace.update']({ wizard: answersOf(useWizard.getState()) });
      if (result.ok) useWizard.getState().setWorkspace(result.value);
      else tellOnce(`${result.error.message} ${result.error.hint ?? ''}`.trim());
    } while (again);
  } finally {
    sending = false;
  }
}

/** Where earlier versions kept the wizard, per browser origin (zustand's persist format: `{state, version}`). */
const LEGACY_STORAGE_KEY = 'sf-jwt-studio.wizard';

/** A wizard kept in this browser by an earlier version, when the workspace has none yet; then forgotten. */
function legacyAnswers(view: WorkspaceView): WorkspaceView {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LEGACY_STORAGE_KEY);
    localStorage.removeItem(LEGACY_STORAGE_KEY);
  } catch {
    return view;
  }
  if (!stored || view.wizard.done.length > 0 || view.wizard.step !== 'org') return view;
  try {
    const { state } = JSON.parse(stored) as { state: Record<string, unknown> };
    const ticks = (state.ticks ?? {}) as Record<string, unknown>;
    const { step, org, clientId, username, appSavedAt } = state;
    const done = Object.keys(ticks).filter((id) => ticks[id] === true);
    return { ...view, wizard: wizardAnswersSchema.parse({ step, done, org, clientId, username, appSavedAt }) };
  } catch {
    return view;
  }
}

/**
 * Loads the saved workspace once per page (the wizard's answers and the workspace's facts), then keeps the
 * Node side up to date with every change of the answers.
 */
export function ensureWorkspace(): Promise<void> {
  loading ??= (async () => {
    const result = await api['workspace.get']();
    if (result.ok) {
      const view = legacyAnswers(result.value);
      useWizard.getState().hydrate(view);
      if (view !== result.value) void send();
    } else {
      useWizard.setState({ hydrated: true });
      tellOnce(`${result.error.message} ${result.error.hint ?? ''}`.trim());
    }
    useWizard.subscribe((state, previous) => {
      if (state.hydrated && answersChanged(state, previous)) void send();
    });
  })();
  return loading;
}

/** Fetches the workspace's facts again (after a key change or a test login). */
export async function refreshWorkspace(): Promise<void> {
  const result = await api['workspace.get']();
  if (result.ok) useWizard.getState().setWorkspace(result.value);
}

/** The admin says the certificate of the key in use is (or is no longer) in Salesforce at step 3 or 7. */
export async function confirmCertificate(step: CertificateStep, confirmed: boolean): Promise<void> {
  const result = await api['workspace.confirmCertificate']({ step, confirmed });
  if (result.ok) useWizard.getState().setWorkspace(result.value);
}
