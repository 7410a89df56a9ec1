import type { KeySummary } from '../keys/key-summary';
import { wizardAnswersSchema } from '../workspace/wizard-answers';
import { CERTIFICATE_STEPS, type WorkspaceView } from '../workspace/workspace-view';
import { method } from './method';
import { s } from './schema';

/**
 * The workspace: what the admin is working on, kept by the Node side in the data folder and restored by every
 * host at start (the key in use, sealed; the wizard's answers and ticks; the certificates confirmed in
 * Salesforce; the last test per target). Every change is on disk before the call answers.
 */
export const workspaceContract = {
  'workspace.get': method<WorkspaceView>()(s.none()),
  /** The wizard's answers and progress, as a whole (the renderer sends its latest state). */
  'workspace.update': method<WorkspaceView>()(s.object({ wizard: wizardAnswersSchema })),
  /**
   * The admin confirms (or takes back) that the certificate of the key in use is in Salesforce: uploaded to the
   * app (step 3, `configure`) or imported into Certificate and Key Management (step 7, `jks`).
   */
  'workspace.confirmCertificate': method<WorkspaceView>()(
    s.object({ step: s.literal(...CERTIFICATE_STEPS), confirmed: s.boolean() }),
  ),
  /** Puts the key in use before the latest rotation back in use (the current one becomes the previous). */
  'keys.restorePrevious': method<KeySummary>()(s.none()),
  /** Forgets the previous key for good. */
  'keys.discardPrevious': method<{ discarded: boolean }>()(s.none()),
};
