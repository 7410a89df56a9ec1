import { type ErrorShape, StudioError } from '../../shared/errors/studio-error';
import { orgCheckFinding } from '../../shared/org-check/org-check-errors';
import {
  APPS_QUERY,
  assignmentsQuery,
  loginHistoryQuery,
  ORGANIZATION_QUERY,
  permissionSetsQuery,
  setupEntityAccessQuery,
  similarUsersQuery,
  userLoginQuery,
  userQuery,
} from '../../shared/org-check/org-check-queries';
import type { OrgCheckReport } from '../../shared/org-check/org-check-report';
import {
  type OrgCheckRecords,
  readOrgEvidence,
  usernameCaseFindings,
  usernameFindings,
} from '../../shared/org-check/org-evidence';
import { type SoqlRecord, textField } from '../../shared/org-check/soql-result';
import type { TransportOptions } from '../exchange/token-exchange';
import type { AdminConnection } from './admin-connection';
import { soqlQuery } from './org-rest';

export interface OrgCheckInput {
  username: string;
  /** The Connected App's name; without it, the app Login History names for the user's latest attempt. */
  app?: string;
}

/** Findings after which no further query can succeed: the session or the URL is wrong. */
const FATAL = new Set(['org-check-session-invalid', 'org-check-not-json', 'org-check-unreachable', 'org-check-bad-instance-url']);

/**
 * The org check (read-only): the user by username, the app by name, the app's grants, the user's assignments and
 * latest Login History, read with the admin's session and turned into evidence (shared/org-check/org-evidence.ts).
 * Never throws for what the org answers: each problem is a coded finding, and the check goes as far as it can.
 */
export async function runOrgCheck(
  connection: AdminConnection,
  input: OrgCheckInput,
  transport: TransportOptions = {},
  nowMs: number = Date.now(),
): Promise<OrgCheckReport> {
  const username = input.username.trim();
  const findings: ErrorShape[] = usernameFindings(input.username);
  let stopped = false;
  const query = async (soql: string): Promise<SoqlRecord[]> => {
    if (stopped) return [];
    try {
      return (await soqlQuery(connection, soql, transport)).records;
    } catch (error) {
      if (!(error instanceof StudioError)) throw error;
      if (!findings.some((f) => f.code === error.code)) findings.push(error.toShape());
      if (FATAL.has(error.code)) stopped = true;
      return [];
    }
  };

  const [organization] = await query(ORGANIZATION_QUERY);
  const [user] = await query(userQuery(username));
  findings.push(...usernameCaseFindings(username, user));
  const userId = textField(user, 'Id');
  const records: OrgCheckRecords = {
    username,
    similarUsers: user || stopped ? [] : await query(similarUsersQuery(username)),
    grants: [],
    grantedPermissionSets: [],
    assignments: [],
    loginHistory: [],
    ...(organization ? { organization } : {}),
    ...(user ? { user } : {}),
  };
  if (userId) {
    const [userLogin] = await query(userLoginQuery(userId));
    if (userLogin) records.userLogin = userLogin;
    records.assignments = await query(assignmentsQuery(userId));
    records.loginHistory = await query(loginHistoryQuery(userId));
  }
  const apps = await query(APPS_QUERY);
  const app = pickApp(apps, input.app, records.loginHistory);
  if (input.app && !app && !stopped && apps.length > 0) {
    const names = apps.map((a) => textField(a, 'Name')).filter(Boolean);
    findings.push(
      orgCheckFinding(
        'org-check-app-not-found',
        `No Connected App of this org is named "${input.app}". Its apps: ${names.join(', ')}.`,
      ),
    );
  }
  const appId = textField(app, 'Id');
  if (app && appId) {
    records.app = app;
    records.grants = await query(setupEntityAccessQuery(appId));
    const parentIds = records.grants.map((g) => textField(g, 'ParentId')).filter((id): id is string => !!id);
    if (parentIds.length > 0) records.grantedPermissionSets = await query(permissionSetsQuery(parentIds));
  }
  const { evidence, facts } = readOrgEvidence(records, nowMs);
  const appName = textField(app, 'Name');
  return {
    instanceUrl: connection.instanceUrl,
    username,
    apps: apps.map((a) => textField(a, 'Name')).filter((n): n is string => !!n),
    evidence: stopped && !organization ? [] : evidence,
    findings,
    facts: stopped && !organization ? {} : facts,
    ...(appName ? { app: appName } : {}),
  };
}

/** The app asked for by name (case-insensitive, as Setup lists them), else the one of the latest login attempt. */
function pickApp(apps: SoqlRecord[], name: string | undefined, loginHistory: SoqlRecord[]): SoqlRecord | undefined {
  const byName = (n: string) => apps.find((a) => textField(a, 'Name')?.toLowerCase() === n.trim().toLowerCase());
  if (name) return byName(name);
  const attempted = loginHistory.map((row) => textField(row, 'Application')).find((a): a is string => !!a);
  return attempted ? byName(attempted) : undefined;
}
