import type { CauseCode, WizardStep } from './cause-code';
import type { HostRole } from './endpoints';
import { HELP_PAGES } from './help-pages';

/** What the fix steps are phrased for: the kind of app and where the request went. */
export interface CauseFacts {
  appKind?: 'connected' | 'external';
  role: HostRole;
  username?: string;
  /** The sandbox suffix the username carries (`uat`), if any. */
  sandboxSuffix?: string;
}

export interface CauseDescription {
  title: string;
  fix: string[];
  helpUrl?: string;
  wizardStep?: WizardStep;
}

/** The rules of the assertion. */
const JWT_FLOW_HELP = HELP_PAGES.jwtFlow.url;
/** Permitted Users, profiles, IP relaxation. */
const OAUTH_POLICIES_HELP = HELP_PAGES.oauthPolicies.url;

/** Where the app lives in Setup, for each kind (the paths differ since External Client Apps got their own manager). */
function appPaths(kind: CauseFacts['appKind']) {
  if (kind === 'external') {
    return {
      policies: 'Setup → External Client App Manager → your app → Policies tab → Edit',
      permitted: 'OAuth Policies → Plugin Policies → Permitted Users: "Admin approved users are pre-authorized"',
      assign: 'App Policies → Select Profiles / Select Permission Sets: add the profile or a permission set of the user',
      consumerKey: 'Setup → External Client App Manager → your app → Settings tab → OAuth Settings → Consumer Key and Secret',
      certificate:
        'Setup → External Client App Manager → your app → Settings tab → Edit → OAuth Settings → check "Enable JWT Bearer Flow" → upload the certificate (.crt)',
    };
  }
  return {
    policies: 'Setup → App Manager → your app ▾ → Manage → Edit Policies',
    permitted: 'OAuth Policies → Permitted Users: "Admin approved users are pre-authorized"',
    assign:
      "Back on the Manage page: Profiles → Manage Profiles, or Permission Sets → Manage Permission Sets: add the user's profile or permission set",
    consumerKey: 'Setup → App Manager → your app ▾ → View → Manage Consumer Details → Consumer Key',
    certificate:
      'Setup → App Manager → your app ▾ → Edit → API (Enable OAuth Settings) → check "Use digital signatures" → Choose File: the certificate (.crt)',
  };
}

/**
 * The title and fix steps of every cause: ONE exhaustive switch, so a new cause code cannot ship without its
 * explanation (the compiler's `never` check below).
 */
export function describeCause(code: CauseCode, facts: CauseFacts): CauseDescription {
  const app = appPaths(facts.appKind);
  const user = facts.username ? `"${facts.username}"` : 'the user in sub';
  switch (code) {
    case 'user-not-approved':
      return {
        title: 'The user has not approved the app (self-authorize policy)',
        fix: [
          `${app.policies} → ${app.permitted} → Save.`,
          app.assign,
          'Make sure the app\'s Selected OAuth Scopes include "Perform requests at any time (refresh_token, offline_access)" and "Manage user data via APIs (api)".',
        ],
        helpUrl: OAUTH_POLICIES_HELP,
        wizardStep: 'preauthorize',
      };
    case 'user-not-assigned':
      return {
        title: `The app's policies do not pre-authorize ${user} (profile or permission set not assigned)`,
        fix: [
          `${app.policies} → ${app.permitted}.`,
          app.assign,
          `Check ${user}'s profile in Setup → Users → Users, then try again (no need to re-sign).`,
        ],
        helpUrl: OAUTH_POLICIES_HELP,
        wizardStep: 'preauthorize',
      };
    case 'wrong-environment': {
      const sandbox = facts.sandboxSuffix
        ? `The username ends in ".${facts.sandboxSuffix}", a sandbox user: use https://test.salesforce.com (or the sandbox's My Domain) as endpoint and aud.`
        : 'A sandbox user logs in through https://test.salesforce.com (or the sandbox My Domain); a production user through https://login.salesforce.com.';
      return {
        title: 'The request went to the wrong environment (production vs sandbox)',
        fix: [
          sandbox,
          'Set the environment in the wizard so endpoint and aud follow it, then sign a fresh assertion.',
          'Check the exact username in that org: Setup → Users → Users.',
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'org',
      };
    }
    case 'username-unknown':
      return {
        title: `No user of the org has the username ${user}: a typo in sub`,
        fix: [
          `Copy the exact username from Setup → Users → Users into sub (the request's environment is right: the org has no such user).`,
          'A sandbox copy of a user carries the production username plus ".sandboxname"; a user created later has its own username.',
          'Sign a fresh assertion with it.',
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'credentials',
      };
    case 'audience-invalid':
      return {
        title: 'The aud claim does not match the host that received the assertion',
        fix: [
          'Set aud to exactly https://login.salesforce.com (production), https://test.salesforce.com (sandbox), the site URL (Experience Cloud) or the My Domain URL (External Client Apps): a single string, no path, no trailing slash.',
          'Sign a fresh assertion with that aud and send it to the matching endpoint.',
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'org',
      };
    case 'certificate-mismatch':
      return {
        title: 'The signing key does not pair with the certificate uploaded to the app',
        fix: [
          `Upload the certificate made from the key you sign with: ${app.certificate} → Save.`,
          'Compare fingerprints: the Keys & certificate page shows the SHA-256 of the certificate in use; the app must hold that one.',
          'Saved changes take 2–10 minutes to reach the login servers.',
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'keys',
      };
    case 'assertion-malformed':
      return {
        title: 'The assertion is not a well-formed signed JWT',
        fix: [
          'Send a compact JWS: three base64url segments (no padding "=", no "+" or "/", no line breaks) joined by dots.',
          'Header {"alg":"RS256"}, payload with iss, sub, aud, exp as JSON; sign with the private key (not the certificate).',
          'Use "Sign a fresh assertion" or the JWT builder, and check it in the JWT inspector.',
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'test',
      };
    case 'assertion-expired':
      return {
        title: 'The assertion had already expired when Salesforce received it',
        fix: [
          'Set exp to now + 120 to 300 seconds, in SECONDS since 1970 (not milliseconds).',
          "Sync this computer's clock (Salesforce allows about 3 minutes of skew), then sign a fresh assertion.",
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'test',
      };
    case 'client-id-invalid':
      return {
        title: 'Salesforce does not know the iss value as a Consumer Key',
        fix: [
          `Copy the Consumer Key again: ${app.consumerKey}. No spaces, the claim named "iss" in lower case.`,
          'Use the key of the app in THIS org: a key from another org, a sandbox refresh or a recreated app is a different key.',
          'Sign a fresh assertion with it.',
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'credentials',
      };
    case 'app-not-propagated':
      return {
        title: 'The app is too new: it has not reached the login servers yet',
        fix: [
          'Wait 2 to 10 minutes after creating or editing the app, then try again with a fresh assertion.',
          `If it still fails after 10 minutes, check the Consumer Key: ${app.consumerKey}.`,
        ],
        wizardStep: 'configure',
      };
    case 'grant-not-form-encoded':
      return {
        title: 'The request body is not a form-encoded JWT Bearer grant',
        fix: [
          'POST to /services/oauth2/token with Content-Type: application/x-www-form-urlencoded.',
          'Body: grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<JWT> — not JSON, not headers, not the query string, and spelled grant_type (not grand_type).',
          'Compare with "Copy as curl" on the Token exchange page.',
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'test',
      };
    case 'external-app-needs-my-domain':
      return {
        title: "An External Client App must be reached through the org's My Domain",
        fix: [
          "Use https://YOURDOMAIN.my.salesforce.com (Setup → My Domain shows it) as the endpoint AND as aud: since Spring '26 login/test no longer redirect for External Client Apps.",
          'Check the app is installed in this org: Setup → External Client App Manager.',
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'org',
      };
    case 'algorithm-rejected':
      return {
        title: 'Salesforce accepts only RS256 assertions',
        fix: [
          'Sign with RS256 (RSA SHA-256) and an RSA key of 2048 bits or more: not RS512, not HS256 (jwt.io\'s default), not "none".',
          'Send no client_secret with the JWT Bearer grant.',
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'test',
      };
    case 'ip-or-hours-restricted':
      return {
        title: "The user's profile blocks this IP address or this time of day",
        fix: [
          `${app.policies} → OAuth Policies → IP Relaxation: "Relax IP restrictions".`,
          `Or Setup → Profiles → ${user}'s profile → Login IP Ranges / Login Hours: allow this server.`,
          'Setup → Login History shows the source IP Salesforce saw.',
        ],
        helpUrl: OAUTH_POLICIES_HELP,
        wizardStep: 'preauthorize',
      };
    case 'user-inactive':
      return {
        title: `The user ${user} (or the org) is inactive or frozen`,
        fix: [
          `Setup → Users → Users → ${user} → Edit → check "Active" → Save; if the user is frozen, click Unfreeze.`,
          'Or use the username of an active integration user in sub.',
        ],
        wizardStep: 'credentials',
      };
    case 'rate-limited':
      return {
        title: 'Too many logins for this user in the last hour',
        fix: [
          'Reuse the access token until it expires instead of logging in for every call (about 3,600 logins per user per hour are allowed).',
          'Wait for the hour to roll over, then try again.',
        ],
        wizardStep: 'test',
      };
    case 'jti-replayed':
      return {
        title: "This assertion's jti was already used: Salesforce refuses a replay",
        fix: [
          'Sign a fresh assertion for every login: a new jti (or none) and a new exp.',
          'Do not cache or resend assertions; cache the access token instead.',
        ],
        helpUrl: JWT_FLOW_HELP,
        wizardStep: 'test',
      };
    case 'not-a-token-endpoint':
      return {
        title: 'The endpoint did not answer like a Salesforce token endpoint',
        fix: [
          'Use the base URL only: https://login.salesforce.com, https://test.salesforce.com, your My Domain, or an Experience Cloud site URL; the app adds /services/oauth2/token.',
          'An HTML page means a site page, a proxy or a captive portal answered: check the host name and any proxy settings.',
        ],
        wizardStep: 'org',
      };
    case 'server-error':
      return {
        title: 'The server failed or dropped the request',
        fix: [
          'Try again in a few minutes: Salesforce may be under maintenance (status.salesforce.com lists incidents).',
          'A proxy or firewall between this computer and Salesforce may cut the connection: try from another network or set HTTPS_PROXY.',
        ],
        wizardStep: 'test',
      };
    case 'dns-failure':
      return {
        title: 'The host name of the endpoint does not resolve',
        fix: [
          "Check the endpoint's spelling (e.g. https://acme.my.salesforce.com; Setup → My Domain shows the exact name).",
          "Check this computer's network and DNS; behind a corporate proxy, set HTTPS_PROXY.",
        ],
        wizardStep: 'org',
      };
    case 'connection-refused':
      return {
        title: 'Nothing accepts connections at that address',
        fix: [
          "Check the endpoint's scheme and port: Salesforce listens on https (443).",
          'If you use a proxy, check that HTTPS_PROXY points at a running proxy.',
        ],
        wizardStep: 'org',
      };
    case 'timeout':
      return {
        title: 'The endpoint did not answer in time',
        fix: [
          'Check the network path to the host (a firewall may drop the packets silently); behind a corporate proxy, set HTTPS_PROXY.',
          'Try again: a slow answer can be a temporary incident.',
        ],
        wizardStep: 'test',
      };
    case 'tls-error':
      return {
        title: 'The secure connection (TLS) could not be established or trusted',
        fix: [
          'Use the real Salesforce host name with https: its certificate is issued for *.salesforce.com.',
          'A corporate proxy that inspects TLS needs its root certificate installed (NODE_EXTRA_CA_CERTS for the CLI).',
        ],
        wizardStep: 'org',
      };
    case 'untrusted-issuer':
      return {
        title: 'A proxy or inspection certificate your machine does not trust',
        fix: [
          "The certificate presented was issued by an authority this app does not trust: on a corporate network, that is usually a proxy that inspects TLS. Ask IT for its root certificate (PEM, '-----BEGIN CERTIFICATE-----'), or export it from your browser (padlock → certificate → the top of the chain).",
          'Desktop app: add it to the operating system trust store (macOS: Keychain Access → System, set to Always Trust; Windows: certmgr.msc → Trusted Root Certification Authorities; Linux: copy it to /usr/local/share/ca-certificates/ and run sudo update-ca-certificates), then restart SF JWT Studio.',
          'Browser mode and CLI: start them with NODE_EXTRA_CA_CERTS=/path/to/ca.pem, or pass --ca-file /path/to/ca.pem to sf-jwt-studio exchange.',
        ],
        wizardStep: 'test',
      };
    case 'redirected':
      return {
        title: 'The endpoint answered with a redirect: the token endpoint never redirects legitimately',
        fix: [
          'Use the host the redirect points to, if it is a Salesforce host, as the endpoint (and matching aud); never let a client follow it with the assertion.',
          'A redirect to a login page or an http→https redirect means the base URL is wrong: use https://….salesforce.com without a path.',
        ],
        wizardStep: 'org',
      };
    default: {
      const unreachable: never = code;
      throw new Error(`No description for cause ${String(unreachable)}`);
    }
  }
}
