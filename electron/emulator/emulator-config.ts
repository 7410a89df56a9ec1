/**
 * The emulator's configuration: one org, its users and its apps (issue "Live token exchange", section 3).
 * `npm run emulator -- --config FILE` reads it as JSON; tests and "Rehearse offline" build it in code.
 */
export interface EmulatorUser {
  username: string;
  /** The User record's Name; derived from the username when absent (`jane.admin@…` → "Jane Admin"). */
  name?: string;
  /** The User record's Email; the username when absent. */
  email?: string;
  /** Setup → Users → Freeze: UserLogin.IsFrozen. */
  frozen?: boolean;
  active: boolean;
  profile: string;
  permissionSets: string[];
  ipRestricted: boolean;
}

export interface EmulatorApp {
  kind: 'connected' | 'external';
  /** The app's name as Login History shows it; the Consumer Key when absent. */
  name?: string;
  consumerKey: string;
  /** PEM of the certificate uploaded to the app ("Use digital signatures" / "Enable JWT Bearer Flow"). */
  certificate: string;
  permittedUsers: 'admin-approved' | 'self-authorize';
  profiles: string[];
  permissionSets: string[];
  approvedUsers: string[];
  scopes: string[];
  /** How long ago the app was saved: under 120 s it has not reached the login servers yet. */
  ageSeconds: number;
}

export interface EmulatorConfig {
  /** `name` is the Organization record's Name; derived from the My Domain when absent (`acme` → "Acme"). */
  org: { type: 'production' | 'sandbox'; myDomain: string; sandboxName?: string; name?: string };
  users: EmulatorUser[];
  apps: EmulatorApp[];
  rateLimitPerUserPerHour: number;
  /** Extra records by object (`{"Account": [{"Name": "Acme"}]}`); replaces the sample records of that object. */
  records?: Record<string, Record<string, string | number | boolean | null>[]>;
}

export interface EmulatorUrls {
  login: string;
  test: string;
  myDomain: string;
}

/** One login attempt of a user of the org, as Setup → Login History and the LoginHistory object show it. */
export interface LoginHistoryEntry {
  /** ISO 8601. */
  time: string;
  username: string;
  status: string;
  application?: string;
  userId: string;
  /** The host the request reached (`login.salesforce.com`, `acme.my.salesforce.com`). */
  loginUrl: string;
  sourceIp: string;
}
