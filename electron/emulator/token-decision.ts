import { verify } from 'node:crypto';
import { assertedUsername, expirySeconds, type ParsedAssertion, parseAssertion } from './assertion';
import type { EmulatedOrg, OrgApp, OrgUser } from './emulated-org';
import { acceptedAudiences, type EmulatorRole, roleServesOrg } from './emulator-roles';
import type { LoginRateLimiter } from './login-rate-limiter';
import type { OAuthFailureCode } from './oauth-failures';
import type { ReplayGuard } from './replay-guard';

/** Salesforce allows about 3 minutes of clock skew on `exp` (docs/salesforce-jwt.md, "The assertion") [doc]. */
export const CLOCK_SKEW_SECONDS = 180;
/** A new or edited app takes 2–10 minutes to reach the login servers; under 2 minutes it is unknown [doc]. */
export const PROPAGATION_SECONDS = 120;

export interface TokenRequestContext {
  org: EmulatedOrg;
  role: EmulatorRole;
  nowMs: number;
  /** How long the emulator has run: apps age with it, so a fresh app starts working after 120 s. */
  uptimeSeconds: number;
  replays: ReplayGuard;
  rateLimiter: LoginRateLimiter;
}

export type TokenDecision =
  | { ok: true; app: OrgApp; user: OrgUser }
  | { ok: false; failure: OAuthFailureCode; app?: OrgApp | undefined; username?: string | undefined };

/**
 * Decides a token request whose grant type was accepted. The order follows what Salesforce's answers reveal,
 * each step needing what the one before established:
 *  1. the assertion parses (three base64url JSON segments): else `invalid assertion`;
 *  2. alg is RS256 and no client_secret came along: else `invalid_client` (RS512 fails so whatever the iss [seen]);
 *  3. iss names an app of the org that has propagated (120 s): else `invalid_client_id`;
 *  4. the host may serve that app and org: an External Client App only on My Domain (`app_not_found`), a
 *     sandbox not on login, production not on test (`user hasn't approved this consumer`);
 *  5. the signature verifies with the app's certificate: else `invalid assertion`;
 *  6. on the verified assertion: aud is one the role accepts (acceptedAudiences), exp is not past the skew, the jti is new;
 *  7. the user (prn, else sub) exists, is active and not frozen, is not IP-restricted, and may use the app;
 *  8. the user is under the hourly login limit.
 */
export function decideTokenRequest(
  assertionText: string | undefined,
  clientSecretSent: boolean,
  ctx: TokenRequestContext,
): TokenDecision {
  const assertion = assertionText === undefined ? undefined : parseAssertion(assertionText);
  if (!assertion) return { ok: false, failure: 'assertion-invalid' };
  const username = assertedUsername(assertion.payload);
  const fail = (failure: OAuthFailureCode, app?: OrgApp): TokenDecision => ({ ok: false, failure, app, username });

  // RS256 only [seen: RS512 → invalid_client]; a client_secret sent along is refused the same way [doc].
  if (assertion.header.alg !== 'RS256' || clientSecretSent) return fail('algorithm-rejected');

  const iss = assertion.payload.iss;
  const app = typeof iss === 'string' ? ctx.org.findApp(iss) : undefined;
  if (!app || app.ageSeconds + ctx.uptimeSeconds < PROPAGATION_SECONDS) return fail('client-id-invalid');

  // Since Spring '26 an External Client App answers only on its org's My Domain [seen: app_not_found].
  if (app.kind === 'external' && ctx.role !== 'myDomain') return fail('external-app-not-installed', app);
  // A sandbox reached through login (or production through test): that host's org has no such user approved.
  if (!roleServesOrg(ctx.role, ctx.org.config.org.type)) return fail('not-approved', app);

  if (!signedBy(assertion, app)) return fail('signature-invalid', app);
  const aud = assertion.payload.aud;
  if (typeof aud !== 'string' || !acceptedAudiences(ctx.role, ctx.org.config.org, app.kind).includes(aud)) {
    return fail('audience-invalid', app);
  }

  const exp = expirySeconds(assertion.payload);
  // assumption: an assertion without a usable exp is refused as `invalid assertion`; exp is required [doc].
  if (exp === undefined) return fail('assertion-invalid', app);
  if (exp * 1000 < ctx.nowMs - CLOCK_SKEW_SECONDS * 1000) return fail('assertion-expired', app);
  const jti = assertion.payload.jti;
  if (jti !== undefined && ctx.replays.replayed(app.consumerKey, String(jti))) return fail('jti-replayed', app);

  const user = username === undefined ? undefined : ctx.org.findUser(username);
  // assumption: a username the org does not have gets the same answer as a user who never approved the app.
  if (!user) return fail('not-approved', app);
  // assumption: a frozen user gets the inactive user's answer ("inactive user: the user account is deactivated or
  // frozen", https://salesforcedictionary.com/errors/invalid-oauth-grant); Salesforce's exact answer is unseen.
  if (!user.active || user.frozen) return fail('user-inactive', app);
  if (user.ipRestricted) return fail('ip-restricted', app);
  if (!userMayUseApp(user, app)) return fail(app.kind === 'external' ? 'not-admin-approved' : 'not-approved', app);
  if (ctx.rateLimiter.exceeded(user.username, ctx.nowMs)) return fail('rate-limited', app);
  return { ok: true, app, user };
}

function signedBy(assertion: ParsedAssertion, app: OrgApp): boolean {
  try {
    return verify('RSA-SHA256', Buffer.from(assertion.signingInput), app.publicKey, assertion.signature);
  } catch {
    return false;
  }
}

/**
 * The app's Permitted Users policy (docs/salesforce-jwt.md, "The certificate" and the `user hasn't approved this
 * consumer` row). Admin approved users are pre-authorized: the user's profile or one of the user's permission
 * sets must be assigned to the app. All users may self-authorize: the user must have approved the app once,
 * and that approval only carries over to the JWT flow when the app grants `refresh_token, offline_access`.
 */
function userMayUseApp(user: OrgUser, app: OrgApp): boolean {
  if (app.permittedUsers === 'admin-approved') {
    return app.profiles.includes(user.profile) || user.permissionSets.some((p) => app.permissionSets.includes(p));
  }
  const approved = app.approvedUsers.some((u) => u.toLowerCase() === user.username.toLowerCase());
  const offlineScope = app.scopes.includes('refresh_token') || app.scopes.includes('offline_access');
  return approved && offlineScope;
}
