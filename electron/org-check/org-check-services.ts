import type { Rehearsal } from '../exchange/rehearsal/rehearsal';
import type { WorkspaceService } from '../workspace/workspace-service';
import { OrgCheckSession } from './org-check-session';

/** The Node-side state of the org check: the admin connection, next to the rehearsal it may log in to. */
export type OrgCheckServices = { orgCheck: OrgCheckSession };

export function createOrgCheckServices(rehearsal: Rehearsal, workspace: WorkspaceService): OrgCheckServices {
  return { orgCheck: new OrgCheckSession(rehearsal, workspace) };
}
