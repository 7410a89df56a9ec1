/**
 * The misconfigurations "Break it" applies to a working rehearsal org, one at a time, so an admin sees what
 * Salesforce answers for each and how the diagnosis explains it. Each maps to a row of the error table
 * (docs/salesforce-jwt.md, "Errors").
 */
export const BREAKAGES = [
  { id: 'user-not-assigned', label: 'User not assigned to the app (profile / permission set)' },
  { id: 'user-not-approved', label: 'Self-authorize policy: the user never approved the app' },
  { id: 'wrong-certificate', label: 'Another certificate uploaded to the app' },
  { id: 'sandbox-user-on-login', label: 'Sandbox user sent to login.salesforce.com' },
  { id: 'external-app-via-login', label: 'External Client App reached through login.salesforce.com' },
  { id: 'wrong-audience', label: 'aud names the other host (test instead of login, or login instead of test)' },
  { id: 'wrong-client-id', label: 'Consumer Key with a typo' },
  { id: 'app-not-propagated', label: 'App saved a minute ago (not propagated yet)' },
  { id: 'expired-assertion', label: 'Assertion already expired (clock or unit mistake)' },
  { id: 'hs256-assertion', label: "Assertion signed HS256 (jwt.io's default) instead of RS256" },
  { id: 'padded-assertion', label: 'Assertion with "=" padding (copied from the help page\'s example)' },
  { id: 'user-inactive', label: 'User deactivated' },
  { id: 'ip-restricted', label: 'Profile login IP ranges exclude this computer' },
  { id: 'rate-limited', label: 'Hourly login limit reached' },
] as const;

export type BreakageId = (typeof BREAKAGES)[number]['id'];
export type Breakage = BreakageId | 'none';

export const BREAKAGE_IDS = BREAKAGES.map((b) => b.id) as BreakageId[];

/** What the rehearsal plays, as the page shows it. */
export interface RehearsalState {
  running: boolean;
  breakage: Breakage;
  appKind: 'connected' | 'external';
  /** The loopback URL to send the request to (the role that fits the app). */
  endpoint: string;
  /** The real host that role plays: what aud must name and what the diagnosis reasons about. */
  playedHost: string;
  clientId: string;
  username: string;
  /** The aud the rehearsal signs with (differs from playedHost only when "Break it" says so). */
  aud: string;
  urls: { login: string; test: string; myDomain: string };
}
