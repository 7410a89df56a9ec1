import type { EmulatorApp, EmulatorConfig, EmulatorUser } from './emulator-config';

/**
 * The working org: one setup where every request done right logs in (docs/salesforce-jwt.md, "The certificate"):
 * the user on the System Administrator profile, one app that pre-authorizes that profile, the scopes the JWT flow
 * needs, saved long enough ago to have propagated. The test kit, the bench, the rehearsal plan and README's example
 * configuration all start from it, so a fix to one reaches them all.
 */

/** The scopes the JWT flow needs: `api` for the REST calls, `refresh_token, offline_access` for the grant itself. */
export const WORKING_SCOPES: readonly string[] = ['api', 'refresh_token', 'offline_access'];
export const WORKING_PROFILE = 'System Administrator';
/** An app saved an hour ago has long reached the login servers. */
export const WORKING_APP_AGE_SECONDS = 3600;
/** Salesforce's limit of about 3,600 logins per user per hour. */
export const WORKING_RATE_LIMIT = 3600;

export interface WorkingOrgInput {
  certificatePem: string;
  username: string;
  consumerKey: string;
  org?: EmulatorConfig['org'];
  appKind?: EmulatorApp['kind'];
  appName?: string;
}

export function workingUser(username: string): EmulatorUser {
  return { username, active: true, profile: WORKING_PROFILE, permissionSets: [], ipRestricted: false };
}

export function workingApp(input: Pick<WorkingOrgInput, 'certificatePem' | 'consumerKey' | 'appKind' | 'appName'>): EmulatorApp {
  return {
    kind: input.appKind ?? 'connected',
    ...(input.appName === undefined ? {} : { name: input.appName }),
    consumerKey: input.consumerKey,
    certificate: input.certificatePem,
    permittedUsers: 'admin-approved',
    profiles: [WORKING_PROFILE],
    permissionSets: [],
    approvedUsers: [],
    scopes: [...WORKING_SCOPES],
    ageSeconds: WORKING_APP_AGE_SECONDS,
  };
}

/** A fresh working org (new objects each call: callers change one thing to break it). */
export function workingOrg(input: WorkingOrgInput): EmulatorConfig {
  return {
    org: input.org ?? { type: 'production', myDomain: 'acme' },
    users: [workingUser(input.username)],
    apps: [workingApp(input)],
    rateLimitPerUserPerHour: WORKING_RATE_LIMIT,
  };
}
