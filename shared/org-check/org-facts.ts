/**
 * What the admin's org says about one failed login, read from its records (org-evidence.ts): the facts the
 * diagnosis reasons with. Each comes from a record shown to the admin as "Seen in your org".
 */
export type UserFacts =
  | {
      found: true;
      username: string;
      active: boolean;
      frozen: boolean;
      profile?: string;
      userType?: string;
      /** Names of the permission sets assigned to the user (not the profile's own). */
      permissionSets: string[];
    }
  | {
      found: false;
      username: string;
      /** Usernames of the org that start like it: a sandbox copy (`….uat`) or the production original. */
      similar: string[];
    };

export interface AppFacts {
  name: string;
  /** ConnectedApplication.OptionsAllowAdminApprovedUsersOnly: true is "Admin approved users are pre-authorized". */
  permittedUsers: 'admin-approved' | 'self-authorize';
  /** Seconds since LastModifiedDate (or CreatedDate), when the record has it. */
  ageSeconds?: number;
  /** Profiles and permission sets the app's policies grant (SetupEntityAccess). */
  grantedProfiles: string[];
  grantedPermissionSets: string[];
  /** Whether the user's profile or one of the user's permission sets is granted; unknown without the user. */
  userGranted?: boolean;
}

export interface LoginFacts {
  status: string;
  application?: string;
  loginTime?: string;
  loginUrl?: string;
}

export interface OrgFacts {
  org?: { isSandbox: boolean; name?: string };
  user?: UserFacts;
  app?: AppFacts;
  /** The user's latest Login History row. */
  latestLogin?: LoginFacts;
}
