import { soqlDateTime } from '../../shared/soql/soql-dates';
import type { SoqlDatabase, SoqlObject, SoqlRecord } from '../../shared/soql/soql-schema';
import type { EmulatedOrg, OrgUser } from './emulated-org';
import type { LoginHistoryEntry } from './emulator-config';
import {
  ACCOUNT,
  CONNECTED_APPLICATION,
  DATA_OBJECTS,
  LOGIN_HISTORY,
  ORGANIZATION,
  PERMISSION_SET,
  PERMISSION_SET_ASSIGNMENT,
  PROFILE,
  SANDBOX_PROCESS,
  SETUP_ENTITY_ACCESS,
  USER,
  USER_LOGIN,
} from './org-objects';
import { displayName, userName } from './org-resources';
import { salesforceId } from './salesforce-id';

/** Every org has these two standard profiles. */
const STANDARD_PROFILES = ['System Administrator', 'Standard User'];
/** Salesforce's sample accounts in a new Developer Edition org. */
const SAMPLE_ACCOUNTS = [
  { Name: 'Edge Communications', Type: 'Customer - Direct', Industry: 'Electronics', BillingCity: 'Austin' },
  { Name: 'Burlington Textiles Corp of America', Type: 'Customer - Direct', Industry: 'Apparel', BillingCity: 'Burlington' },
  { Name: 'United Oil & Gas Corp.', Type: 'Customer - Direct', Industry: 'Energy', BillingCity: 'New York' },
];
/** assumption: Login History's Login Type for an OAuth token request (docs/emulator.md). */
export const OAUTH_LOGIN_TYPE = 'Remote Access 2.0';

export interface OrgRecordsOptions {
  /** When the emulator started: app dates are counted back from it by their `ageSeconds`. */
  startedAtMs: number;
  loginHistory: () => readonly LoginHistoryEntry[];
}

/** A permission set's API name: letters, digits and underscores, as Salesforce requires of Name. */
function apiName(label: string): string {
  return label.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'Permission_Set';
}

function unique(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}

/**
 * The emulated org's records (docs/emulator.md, "Records"), derived from its configuration: the Organization,
 * a User, UserLogin and PermissionSetAssignments per user, Profiles with their profile-owned PermissionSets,
 * ConnectedApplications with their SetupEntityAccess grants, sample Accounts. LoginHistory and
 * User.LastLoginDate are read live from the emulator's Login History.
 */
export function orgDatabase(org: EmulatedOrg, options: OrgRecordsOptions): { data: SoqlDatabase; tooling: SoqlDatabase } {
  const { config } = org;
  const seed = (kind: string, key: string) => `${org.orgId}/${kind}/${key.toLowerCase()}`;
  const created = soqlDateTime(options.startedAtMs - 86_400_000 * 365);
  const stamp = { CreatedDate: created, LastModifiedDate: created };

  const organization: SoqlRecord = {
    Id: org.orgId,
    Name: config.org.name ?? displayName(config.org.myDomain),
    IsSandbox: config.org.type === 'sandbox',
    OrganizationType: 'Enterprise Edition',
    // assumption: a fixed instance name; a real org shows its pod (docs/emulator.md).
    InstanceName: config.org.type === 'sandbox' ? 'USA100S' : 'USA100',
    NamespacePrefix: null,
    TrialExpirationDate: null,
    TimeZoneSidKey: 'GMT',
    LanguageLocaleKey: 'en_US',
    ...stamp,
  };

  const profileNames = unique([
    ...STANDARD_PROFILES,
    ...config.users.map((u) => u.profile),
    ...config.apps.flatMap((a) => a.profiles),
  ]);
  const profiles: SoqlRecord[] = profileNames.map((name) => ({
    Id: salesforceId('00e', seed('profile', name)),
    Name: name,
    UserType: 'Standard',
    Description: null,
    ...stamp,
  }));
  const profileId = (name: string) => profiles.find((p) => String(p.Name).toLowerCase() === name.toLowerCase())!.Id as string;

  // Each profile owns one permission set (IsOwnedByProfile): grants to a profile are made to it.
  const ownedSets: SoqlRecord[] = profiles.map((p) => ({
    Id: salesforceId('0PS', seed('profile-set', String(p.Name))),
    Name: `X${String(p.Id).slice(0, 15)}`,
    Label: String(p.Id).slice(0, 15),
    IsOwnedByProfile: true,
    ProfileId: p.Id!,
    Type: 'Profile',
    IsCustom: false,
    ...stamp,
  }));
  const setLabels = unique([...config.users.flatMap((u) => u.permissionSets), ...config.apps.flatMap((a) => a.permissionSets)]);
  const namedSets: SoqlRecord[] = setLabels.map((label) => ({
    Id: salesforceId('0PS', seed('permission-set', label)),
    Name: apiName(label),
    Label: label,
    IsOwnedByProfile: false,
    ProfileId: null,
    Type: 'Regular',
    IsCustom: true,
    ...stamp,
  }));
  const permissionSets = [...ownedSets, ...namedSets];
  const ownedSetOf = (profile: string) => ownedSets.find((s) => s.ProfileId === profileId(profile))!.Id as string;
  const namedSetId = (label: string) =>
    namedSets.find((s) => String(s.Label).toLowerCase() === label.toLowerCase())!.Id as string;

  // Salesforce lists the profile's own permission set among a user's assignments, beside the assigned ones.
  const assignments: SoqlRecord[] = config.users.flatMap((u, i) =>
    [ownedSetOf(u.profile), ...u.permissionSets.map(namedSetId)].map((setId) => ({
      Id: salesforceId('0Pa', seed('assignment', `${org.users[i]!.id}/${setId}`)),
      AssigneeId: org.users[i]!.id,
      PermissionSetId: setId,
      IsActive: true,
    })),
  );

  const userLogins: SoqlRecord[] = org.users.map((u) => ({
    Id: salesforceId('060', seed('user-login', u.username)),
    UserId: u.id,
    IsFrozen: u.frozen ?? false,
    IsPasswordLocked: false,
    LastModifiedDate: created,
  }));

  // External Client Apps are not ConnectedApplication records, and their policies are not queryable (docs/emulator.md).
  const connectedApps = org.apps.filter((a) => a.kind === 'connected');
  const applications: SoqlRecord[] = connectedApps.map((app) => {
    const saved = soqlDateTime(options.startedAtMs - app.ageSeconds * 1000);
    return {
      Id: app.id,
      Name: app.name ?? app.consumerKey,
      OptionsAllowAdminApprovedUsersOnly: app.permittedUsers === 'admin-approved',
      OptionsRefreshTokenValidityMetric: false,
      CreatedDate: saved,
      LastModifiedDate: saved,
    };
  });
  const grants: SoqlRecord[] = connectedApps.flatMap((app) =>
    [...app.profiles.map(ownedSetOf), ...app.permissionSets.map(namedSetId)].map((setId) => ({
      Id: salesforceId('0J0', seed('grant', `${app.id}/${setId}`)),
      ParentId: setId,
      SetupEntityId: app.id,
      SetupEntityType: 'ConnectedApplication',
    })),
  );

  const owner = org.users[0]!.id;
  const accountRows = config.records?.Account ?? SAMPLE_ACCOUNTS;
  const accounts: SoqlRecord[] = accountRows.map((row, i) => ({
    ...Object.fromEntries(ACCOUNT.fields.map((f) => [f.name, null])),
    ...stamp,
    OwnerId: owner,
    ...row,
    Id: salesforceId('001', seed('account', `${i}/${String(row.Name)}`)),
  }));

  function loginHistory(): SoqlRecord[] {
    const rows = options.loginHistory();
    return rows.map((entry, i) => ({
      Id: salesforceId('0Ya', seed('login', `${rows.length - i}/${entry.time}`)),
      UserId: entry.userId,
      LoginTime: soqlDateTime(Date.parse(entry.time)),
      Status: entry.status,
      Application: entry.application ?? null,
      LoginType: OAUTH_LOGIN_TYPE,
      SourceIp: entry.sourceIp,
      LoginUrl: entry.loginUrl,
      Browser: 'Unknown',
      Platform: 'Unknown',
      ApiType: null,
    }));
  }

  function users(): SoqlRecord[] {
    const history = options.loginHistory();
    return org.users.map((u: OrgUser) => {
      const name = userName(u);
      const last = history.find((e) => e.userId === u.id && e.status === 'Success');
      const [first, ...rest] = name.split(' ');
      return {
        Id: u.id,
        Username: u.username,
        Name: name,
        FirstName: rest.length > 0 ? first! : null,
        LastName: rest.length > 0 ? rest.join(' ') : name,
        Email: u.email ?? u.username,
        Alias: (u.username.split('@')[0] ?? u.username).slice(0, 8),
        IsActive: u.active,
        ProfileId: profileId(u.profile),
        UserType: 'Standard',
        LastLoginDate: last ? soqlDateTime(Date.parse(last.time)) : null,
        TimeZoneSidKey: 'GMT',
        LanguageLocaleKey: 'en_US',
        ...stamp,
      };
    });
  }

  const tables = new Map<SoqlObject, () => readonly SoqlRecord[]>([
    [ORGANIZATION, () => [organization]],
    [USER, users],
    [USER_LOGIN, () => userLogins],
    [PROFILE, () => profiles],
    [PERMISSION_SET, () => permissionSets],
    [PERMISSION_SET_ASSIGNMENT, () => assignments],
    [CONNECTED_APPLICATION, () => applications],
    [SETUP_ENTITY_ACCESS, () => grants],
    [LOGIN_HISTORY, loginHistory],
    [ACCOUNT, () => accounts],
  ]);
  const data: SoqlDatabase = {
    objects: DATA_OBJECTS,
    records: (name) => [...tables.entries()].find(([o]) => o.name === name)?.[1]() ?? [],
  };
  const tooling: SoqlDatabase = {
    objects: config.org.type === 'production' ? [SANDBOX_PROCESS] : [],
    records: () => [],
  };
  return { data, tooling };
}
