import type { ErrorShape } from '../errors/studio-error';
import { orgCheckFinding } from './org-check-errors';
import type { AppFacts, LoginFacts, OrgFacts, UserFacts } from './org-facts';
import { booleanField, dateField, plainRecord, type SoqlRecord, textField } from './soql-result';

/** One record of the admin's org and what it means for the failed login: shown as "Seen in your org". */
export interface OrgEvidence {
  /** The object the record came from: User, UserLogin, ConnectedApplication, SetupEntityAccess, LoginHistory… */
  source: string;
  record: Record<string, unknown>;
  meaning: string;
}

/** The records the Node side read (org-check-queries.ts), as the REST API returned them. */
export interface OrgCheckRecords {
  organization?: SoqlRecord;
  /** The username asked about; `user` is absent when no user has it. */
  username: string;
  user?: SoqlRecord | undefined;
  similarUsers: SoqlRecord[];
  userLogin?: SoqlRecord;
  /** The app the admin picked (ConnectedApplication); absent when none was picked or found. */
  app?: SoqlRecord;
  /** SetupEntityAccess rows of the app, and the PermissionSet records they point at (profile-owned or not). */
  grants: SoqlRecord[];
  grantedPermissionSets: SoqlRecord[];
  /** The user's PermissionSetAssignment rows (Salesforce lists the profile's own permission set among them). */
  assignments: SoqlRecord[];
  /** The user's latest LoginHistory rows, newest first. */
  loginHistory: SoqlRecord[];
}

export interface OrgCheckReading {
  evidence: OrgEvidence[];
  facts: OrgFacts;
}

const quoted = (items: string[]) => items.map((i) => `"${i}"`).join(', ');

function userFacts(records: OrgCheckRecords, evidence: OrgEvidence[]): UserFacts {
  const { user, userLogin } = records;
  if (!user) {
    const similar = records.similarUsers.map((u) => textField(u, 'Username')).filter((u): u is string => !!u);
    evidence.push(
      ...records.similarUsers.map((u) => ({
        source: 'User',
        record: plainRecord(u),
        meaning: `A user of this org with a similar username: "${textField(u, 'Username')}".`,
      })),
    );
    return { found: false, username: records.username, similar };
  }
  const username = textField(user, 'Username') ?? records.username;
  const active = booleanField(user, 'IsActive') !== false;
  const profile = textField(user, 'Profile.Name');
  const userType = textField(user, 'UserType');
  evidence.push({
    source: 'User',
    record: plainRecord(user),
    meaning: `${username} is ${active ? 'active' : 'inactive (IsActive = false)'}, profile "${profile ?? '?'}"${userType ? `, user type ${userType}` : ''}.`,
  });
  const frozen = booleanField(userLogin, 'IsFrozen') === true;
  if (userLogin) {
    evidence.push({
      source: 'UserLogin',
      record: plainRecord(userLogin),
      meaning: frozen ? `${username} is frozen (IsFrozen = true): Salesforce refuses every login.` : `${username} is not frozen.`,
    });
  }
  const permissionSets = records.assignments
    .filter((a) => booleanField(a, 'PermissionSet.IsOwnedByProfile') !== true)
    .map((a) => textField(a, 'PermissionSet.Name') ?? textField(a, 'PermissionSetId') ?? '?');
  for (const assignment of records.assignments) {
    if (booleanField(assignment, 'PermissionSet.IsOwnedByProfile') === true) continue;
    evidence.push({
      source: 'PermissionSetAssignment',
      record: plainRecord(assignment),
      meaning: `${username} has the permission set "${textField(assignment, 'PermissionSet.Name') ?? '?'}".`,
    });
  }
  return {
    found: true,
    username,
    active,
    frozen,
    permissionSets,
    ...(profile ? { profile } : {}),
    ...(userType ? { userType } : {}),
  };
}

function appFacts(records: OrgCheckRecords, user: UserFacts, nowMs: number, evidence: OrgEvidence[]): AppFacts | undefined {
  const { app } = records;
  if (!app) return undefined;
  const name = textField(app, 'Name') ?? '?';
  const adminApproved = booleanField(app, 'OptionsAllowAdminApprovedUsersOnly') === true;
  const permittedUsers = adminApproved ? 'admin-approved' : 'self-authorize';
  const changed = dateField(app, 'LastModifiedDate') ?? dateField(app, 'CreatedDate');
  const ageSeconds = changed === undefined ? undefined : Math.max(0, Math.round((nowMs - changed) / 1000));
  const policy = adminApproved
    ? 'Permitted Users is "Admin approved users are pre-authorized" (OptionsAllowAdminApprovedUsersOnly = true)'
    : 'Permitted Users is "All users may self-authorize" (OptionsAllowAdminApprovedUsersOnly = false): the JWT flow works only after the user approved the app once';
  const age = ageSeconds === undefined ? '' : ` Last saved ${ageText(ageSeconds)} ago.`;
  evidence.push({ source: 'ConnectedApplication', record: plainRecord(app), meaning: `"${name}": ${policy}.${age}` });

  const byId = new Map(records.grantedPermissionSets.map((p) => [textField(p, 'Id'), p]));
  const grantedProfiles: string[] = [];
  const grantedPermissionSets: string[] = [];
  const grantedIds = new Set<string>();
  const grantedProfileIds = new Set<string>();
  for (const grant of records.grants) {
    const parentId = textField(grant, 'ParentId');
    if (parentId) grantedIds.add(parentId);
    const set = parentId ? byId.get(parentId) : undefined;
    const ownedByProfile = booleanField(set, 'IsOwnedByProfile') === true;
    const label = ownedByProfile
      ? (textField(set, 'Profile.Name') ?? textField(set, 'Name') ?? parentId ?? '?')
      : (textField(set, 'Label') ?? textField(set, 'Name') ?? parentId ?? '?');
    if (ownedByProfile) {
      grantedProfiles.push(label);
      const profileId = textField(set, 'ProfileId');
      if (profileId) grantedProfileIds.add(profileId);
    } else grantedPermissionSets.push(label);
    evidence.push({
      source: 'SetupEntityAccess',
      record: { ...plainRecord(grant), ...(set ? { Parent: plainRecord(set) } : {}) },
      meaning: `"${name}" is granted to the ${ownedByProfile ? 'profile' : 'permission set'} "${label}".`,
    });
  }
  if (records.grants.length === 0) {
    evidence.push({
      source: 'SetupEntityAccess',
      record: { SetupEntityId: textField(app, 'Id') ?? null, totalSize: 0 },
      meaning: `"${name}" is granted to no profile and no permission set.`,
    });
  }
  let userGranted: boolean | undefined;
  if (user.found) {
    const userProfileId = textField(records.user, 'ProfileId');
    userGranted =
      (userProfileId !== undefined && grantedProfileIds.has(userProfileId)) ||
      (user.profile !== undefined && grantedProfiles.includes(user.profile)) ||
      records.assignments.some((a) => {
        const id = textField(a, 'PermissionSetId');
        return id !== undefined && grantedIds.has(id);
      });
  }
  return {
    name,
    permittedUsers,
    grantedProfiles,
    grantedPermissionSets,
    ...(ageSeconds === undefined ? {} : { ageSeconds }),
    ...(userGranted === undefined ? {} : { userGranted }),
  };
}

function ageText(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}

function loginFacts(records: OrgCheckRecords, evidence: OrgEvidence[]): LoginFacts | undefined {
  const latest = records.loginHistory[0];
  for (const row of records.loginHistory) {
    const application = textField(row, 'Application');
    evidence.push({
      source: 'LoginHistory',
      record: plainRecord(row),
      meaning: `${textField(row, 'LoginTime') ?? '?'}: "${textField(row, 'Status') ?? '?'}"${application ? ` for ${application}` : ''}${textField(row, 'LoginUrl') ? ` through ${textField(row, 'LoginUrl')}` : ''}.`,
    });
  }
  const status = textField(latest, 'Status');
  if (!latest || !status) return undefined;
  const application = textField(latest, 'Application');
  const loginTime = textField(latest, 'LoginTime');
  const loginUrl = textField(latest, 'LoginUrl');
  return {
    status,
    ...(application ? { application } : {}),
    ...(loginTime ? { loginTime } : {}),
    ...(loginUrl ? { loginUrl } : {}),
  };
}

/**
 * The org check's rules: the records the admin's session read, turned into evidence (each record with what it
 * means for the login) and the facts the diagnosis takes. Pure: the same records and clock give the same answer.
 */
export function readOrgEvidence(records: OrgCheckRecords, nowMs: number): OrgCheckReading {
  const evidence: OrgEvidence[] = [];
  const facts: OrgFacts = {};
  const { organization } = records;
  if (organization) {
    const isSandbox = booleanField(organization, 'IsSandbox') === true;
    const name = textField(organization, 'Name');
    facts.org = { isSandbox, ...(name ? { name } : {}) };
    evidence.push({
      source: 'Organization',
      record: plainRecord(organization),
      meaning: `The admin session reads ${name ? `"${name}"` : 'the org'}, ${isSandbox ? 'a sandbox' : 'a production org'}.`,
    });
  }
  const user = userFacts(records, evidence);
  facts.user = user;
  if (!user.found) {
    evidence.unshift({
      source: 'User',
      record: { Username: records.username, totalSize: 0 },
      meaning: `No user of this org has the username "${records.username}".${user.similar.length ? ` Similar: ${quoted(user.similar)}.` : ''}`,
    });
  }
  const app = appFacts(records, user, nowMs, evidence);
  if (app) facts.app = app;
  const latestLogin = loginFacts(records, evidence);
  if (latestLogin) facts.latestLogin = latestLogin;
  return { evidence, facts };
}

/** A username with spaces around it is a copy mistake: the check trims it and says so. */
export function usernameFindings(username: string): ErrorShape[] {
  if (username === username.trim()) return [];
  return [
    orgCheckFinding(
      'org-check-username-spaces',
      `The username "${username}" has spaces around it: Salesforce compares it exactly and finds no such user.`,
    ),
  ];
}

/** A username found with another letter case: not a cause (Salesforce ignores case), said so the admin need not wonder. */
export function usernameCaseFindings(asked: string, user: SoqlRecord | undefined): ErrorShape[] {
  const found = textField(user, 'Username');
  if (!found || found === asked.trim()) return [];
  return [
    orgCheckFinding(
      'org-check-username-case',
      `The org spells the username "${found}"; "${asked.trim()}" differs only in letter case.`,
    ),
  ];
}
