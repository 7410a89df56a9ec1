import type { OrgFacts } from '../org-check/org-facts';
import type { CauseCode } from './cause-code';
import type { HostRole } from './endpoints';
import type { Ranking } from './ranking';
import { sandboxSuffix } from './username';

/** Salesforce needs 2 to 10 minutes to propagate a new or edited app (docs/salesforce-jwt.md, "The certificate"). */
export const PROPAGATION_SECONDS = 600;

/**
 * Scores of the causes the admin's org proves: above every inference from the response (at most 120), in the
 * order one explains the others away — a request that reached another org says nothing about this org's
 * policies; an inactive user fails whatever the app; a young app is not yet known to the login servers.
 */
const PROVEN = {
  environment: 240,
  inactive: 230,
  propagation: 220,
  policy: 210,
  loginHistory: 150,
} as const;

/** What Login History's Status says the server refused, when the status names one cause (docs/salesforce-jwt.md, "Errors"). */
function causeOfLoginStatus(status: string): CauseCode | undefined {
  const s = status.toLowerCase();
  if (s.includes('audience')) return 'audience-invalid';
  if (s.includes('signature')) return 'certificate-mismatch';
  if (s.includes('timestamp') || s.includes('expired')) return 'assertion-expired';
  if (s.includes('inactive') || s.includes('frozen')) return 'user-inactive';
  if (s.includes('restricted ip') || s.includes('login hours')) return 'ip-or-hours-restricted';
  if (s.includes('client id') || s.includes('consumer key')) return 'client-id-invalid';
  if (s.includes('app not found')) return 'external-app-needs-my-domain';
  if (s.includes('replayed')) return 'jti-replayed';
  if (s.includes('rate limit')) return 'rate-limited';
  if (s.includes('client credentials')) return 'algorithm-rejected';
  if (s.includes('invalid assertion')) return 'assertion-malformed';
  return undefined;
}

const seen = (source: string, text: string) => `Seen in your org (${source}): ${text}`;

/** The answers Salesforce gives for several causes at once: there the org's records decide. */
function isAccessRefusal(error: string, description: string): boolean {
  return error === 'invalid_app_access' || /approved this consumer/i.test(description);
}

/**
 * Adds what the admin's org shows to the ranking of a refused token request: with these records the first
 * cause is exact (issue: self-authorize → user-not-approved; not granted → user-not-assigned naming the profile
 * and the grants; no such user → wrong-environment or a typo; inactive or frozen → user-inactive; an app saved
 * under 10 minutes ago → app-not-propagated), and Login History's status is quoted.
 */
export function addOrgFacts(
  org: OrgFacts,
  error: { error: string; description: string },
  role: HostRole,
  ranking: Ranking,
): void {
  const refusal = isAccessRefusal(error.error, error.description);
  addRecordFacts(org, error, refusal, role, ranking);
  quoteLoginHistory(org, refusal, ranking);
}

/** Login History's status, quoted under the cause it names (after the records, which name it exactly). */
function quoteLoginHistory(org: OrgFacts, refusal: boolean, ranking: Ranking): void {
  const login = org.latestLogin;
  if (login && login.status !== 'Success') {
    const quote = seen(
      'LoginHistory',
      `the latest login${login.application ? ` to ${login.application}` : ''} has the status "${login.status}".`,
    );
    const code = causeOfLoginStatus(login.status);
    if (code) ranking.add(code, PROVEN.loginHistory, { seen: [quote] });
    else if (refusal) {
      for (const c of ['user-not-assigned', 'user-not-approved', 'wrong-environment'] as const) {
        if (ranking.has(c)) ranking.add(c, 0, { seen: [quote] });
      }
    }
  }
}

function addRecordFacts(
  org: OrgFacts,
  error: { error: string; description: string },
  refusal: boolean,
  role: HostRole,
  ranking: Ranking,
): void {
  const user = org.user;
  if (user && !user.found && refusal) {
    const otherEnvironment = user.similar.find((u) => u.toLowerCase() !== user.username.toLowerCase());
    const sandboxUser = sandboxSuffix(user.username) !== undefined;
    const hostSaysOtherOrg = (sandboxUser && (role === 'login' || role === 'my-domain')) || (!sandboxUser && role === 'test');
    const missing = seen('User', `no user of this org has the username "${user.username}".`);
    if (otherEnvironment || hostSaysOtherOrg) {
      ranking.add('wrong-environment', PROVEN.environment, {
        seen: [
          missing,
          otherEnvironment
            ? seen('User', `"${otherEnvironment}" exists: the username of the same person in the other environment.`)
            : `The host (${role}) serves the other environment: a ${sandboxUser ? 'sandbox' : 'production'} username there reaches another org.`,
        ],
      });
    } else {
      ranking.add('username-unknown', PROVEN.environment, {
        seen: [missing, `The request went to the right kind of host (${role}) for this username: it is a typo.`],
      });
    }
    return;
  }

  // Only where the answer could be the user's: an aud or a signature refused first says nothing of the user.
  if (user?.found && (!user.active || user.frozen) && (refusal || error.error === 'inactive_user')) {
    ranking.add('user-inactive', PROVEN.inactive, {
      seen: [
        seen(
          user.frozen ? 'UserLogin' : 'User',
          `${user.username} is ${user.frozen ? 'frozen (IsFrozen = true)' : 'inactive (IsActive = false)'}.`,
        ),
      ],
    });
  }

  if (refusal && org.org) {
    const productionHost = role === 'login' || role === 'my-domain';
    const sandboxHost = role === 'test' || role === 'sandbox-my-domain';
    if ((org.org.isSandbox && productionHost) || (!org.org.isSandbox && sandboxHost)) {
      ranking.add('wrong-environment', PROVEN.environment, {
        seen: [
          seen(
            'Organization',
            `${org.org.name ?? 'the org'} is ${org.org.isSandbox ? 'a sandbox' : 'a production org'}, but the request went to ${productionHost ? 'a production host' : 'a sandbox host'} (${role}).`,
          ),
        ],
      });
    }
  }

  const app = org.app;
  if (!app) return;
  const young = app.ageSeconds !== undefined && app.ageSeconds < PROPAGATION_SECONDS;
  if (young && (refusal || error.error === 'invalid_client_id')) {
    ranking.add('app-not-propagated', PROVEN.propagation, {
      seen: [
        seen(
          'ConnectedApplication',
          `"${app.name}" was saved ${app.ageSeconds} s ago: Salesforce takes 2–10 minutes to propagate it.`,
        ),
      ],
    });
  }
  if (!refusal) return;
  if (app.permittedUsers === 'self-authorize') {
    ranking.add('user-not-approved', PROVEN.policy, {
      seen: [
        seen(
          'ConnectedApplication',
          `"${app.name}" has Permitted Users "All users may self-authorize" (OptionsAllowAdminApprovedUsersOnly = false): the JWT flow needs "Admin approved users are pre-authorized".`,
        ),
      ],
    });
  } else if (app.userGranted === false) {
    const who = user?.found ? user : undefined;
    const granted = [
      ...app.grantedProfiles.map((p) => `profile "${p}"`),
      ...app.grantedPermissionSets.map((p) => `permission set "${p}"`),
    ];
    ranking.add('user-not-assigned', PROVEN.policy, {
      seen: [
        seen(
          'SetupEntityAccess',
          `"${app.name}" is granted to ${granted.length ? granted.join(', ') : 'no profile and no permission set'}; ${who?.username ?? 'the user'} has the profile "${who?.profile ?? '?'}"${who?.permissionSets.length ? ` and the permission sets ${who.permissionSets.map((p) => `"${p}"`).join(', ')}` : ' and no permission set'}, none of them granted.`,
        ),
      ],
    });
  }
}
