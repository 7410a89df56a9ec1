import type { AdminConnectionInfo, OrgCheckReport } from '../org-check/org-check-report';
import type { Cause } from '../salesforce/cause-code';
import { method } from './method';
import { s } from './schema';

const TOKEN_MAX = 4096;

/**
 * "Check in the org": connect as an admin (an sf CLI org, a pasted token, the rehearsal's System Administrator),
 * read the org's records about one failed login (read-only), and diagnose the attempt again with them.
 * The admin token stays on the Node side: only its masked form comes back.
 */
export const orgCheckContract = {
  /** The orgs `sf org list --json` knows (alias, username, instance URL), where sf is on PATH. */
  'orgCheck.sfOrgs': method<{ alias?: string; username: string; instanceUrl?: string; connectedStatus?: string }[]>()(s.none()),
  'orgCheck.connectSfOrg': method<AdminConnectionInfo>()(
    s.object({ alias: s.string({ min: 1, max: 200, pattern: /^[A-Za-z0-9@._+-]+$/ }) }),
  ),
  /**
   * A pasted instance URL and access token: in memory, never logged, never sent back; with `keep`, also sealed in
   * the workspace for the next start (until a disconnect or another connect).
   */
  'orgCheck.connectToken': method<AdminConnectionInfo>()(
    s.object({
      instanceUrl: s.string({ min: 1, max: 2000 }),
      accessToken: s.string({ min: 1, max: TOKEN_MAX }),
      keep: s.optional(s.boolean()),
    }),
  ),
  /** The rehearsal org's System Administrator, logging in through the JWT flow. */
  'orgCheck.connectRehearsal': method<AdminConnectionInfo>()(s.none()),
  'orgCheck.connection': method<AdminConnectionInfo | null>()(s.none()),
  'orgCheck.disconnect': method<{ connected: false }>()(s.none()),
  /** Reads the org for a username (and app); with an attemptId, that attempt's diagnosis computed with the evidence. */
  'orgCheck.run': method<{ report: OrgCheckReport; diagnosis?: Cause[] }>()(
    s.object({
      username: s.string({ min: 1, max: 500 }),
      app: s.optional(s.string({ max: 500 })),
      attemptId: s.optional(s.string({ min: 1, max: 100, pattern: /^[A-Za-z0-9_-]+$/ })),
    }),
  ),
};
