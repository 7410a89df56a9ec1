import type { workspaceContract } from '../../shared/api/workspace-contract';
import type { HandlersFor } from './handler-types';

/** The workspace (electron/workspace/): its public view, the wizard's answers, confirmations and the key rotation. */
export const workspaceHandlers: HandlersFor<typeof workspaceContract> = {
  'workspace.get': (_input, ctx) => ctx.services.workspace.view(),
  'workspace.update': ({ wizard }, ctx) => ctx.services.workspace.updateWizard(wizard),
  'workspace.confirmCertificate': ({ step, confirmed }, ctx) => ctx.services.workspace.confirmCertificate(step, confirmed),
  'keys.restorePrevious': (_input, ctx) => ctx.services.workspace.restorePrevious(),
  'keys.discardPrevious': (_input, ctx) => ({ discarded: ctx.services.workspace.discardPrevious() }),
};
