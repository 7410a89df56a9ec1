/**
 * The emulator's configuration: one org, its users and its apps (issue "Live token exchange", section 3).
 * `npm run emulator -- --config FILE` reads it as JSON; tests and "Rehearse offline" build it in code.
 */
export interface EmulatorUser {
  username: string;
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
  org: { type: 'production' | 'sandbox'; myDomain: string; sandboxName?: string };
  users: EmulatorUser[];
  apps: EmulatorApp[];
  rateLimitPerUserPerHour: number;
}

export interface EmulatorUrls {
  login: string;
  test: string;
  myDomain: string;
}

export interface LoginHistoryEntry {
  /** ISO 8601. */
  time: string;
  username: string;
  status: string;
  application?: string;
}
