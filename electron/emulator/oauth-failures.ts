/**
 * The token endpoint's failures, with the exact `error` / `error_description` pairs of the catalogue
 * (docs/salesforce-jwt.md, "Errors") and the status Setup → Login History shows for the user.
 * All are HTTP 400, as Salesforce answers them.
 */
export interface OAuthFailure {
  error: string;
  description: string;
  /**
   * Login History's Status column for this attempt. Absent when Salesforce cannot tell whose attempt it was: a
   * request without a readable assertion names no user.
   */
  loginHistoryStatus?: string;
}

export const OAUTH_FAILURES = {
  'grant-type-unsupported': {
    error: 'unsupported_grant_type',
    description: 'grant type not supported',
  },
  'assertion-invalid': {
    error: 'invalid_grant',
    description: 'invalid assertion',
    // assumption: status for a malformed or replayed assertion.
    loginHistoryStatus: 'Failed: Invalid Assertion',
  },
  'algorithm-rejected': {
    error: 'invalid_client',
    description: 'invalid client credentials',
    // assumption: status for an assertion not signed with RS256.
    loginHistoryStatus: 'Failed: Invalid Client Credentials',
  },
  'client-id-invalid': {
    error: 'invalid_client_id',
    description: 'client identifier invalid',
    // assumption: modelled on "Remote Access 2.0 Failed: Missing Consumer Key Parameter" [doc].
    loginHistoryStatus: 'Remote Access 2.0 Failed: Invalid Client Id',
  },
  'external-app-not-installed': {
    error: 'app_not_found',
    description: 'External client app is not installed in this org',
    // assumption: status for an External Client App reached through login or test.
    loginHistoryStatus: 'Failed: App Not Found',
  },
  'not-approved': {
    error: 'invalid_grant',
    description: "user hasn't approved this consumer",
    loginHistoryStatus: 'Failed: Not approved for access',
  },
  'not-admin-approved': {
    error: 'invalid_app_access',
    description: 'user is not admin approved to access this app',
    // assumption: Login History shows the same status as for a Connected App.
    loginHistoryStatus: 'Failed: Not approved for access',
  },
  'signature-invalid': {
    error: 'invalid_grant',
    description: 'invalid assertion',
    loginHistoryStatus: 'Failed: Signature Invalid',
  },
  'audience-invalid': {
    error: 'invalid_grant',
    description: 'audience is invalid',
    loginHistoryStatus: 'Failed: Audience Invalid',
  },
  'assertion-expired': {
    error: 'invalid_grant',
    description: 'expired authorization code',
    // assumption: status for an exp in the past.
    loginHistoryStatus: 'Failed: Invalid Timestamp',
  },
  'jti-replayed': {
    error: 'invalid_grant',
    description: 'invalid assertion',
    // assumption: status for a jti seen before.
    loginHistoryStatus: 'Failed: Replayed Assertion',
  },
  'user-inactive': {
    error: 'inactive_user',
    description: 'user is inactive',
    // assumption: Login History's "User is Inactive" picklist value.
    loginHistoryStatus: 'User is Inactive',
  },
  'ip-restricted': {
    error: 'invalid_grant',
    description: 'IP restricted or invalid login hours',
    // assumption: Login History's "Restricted IP" picklist value.
    loginHistoryStatus: 'Restricted IP',
  },
  'rate-limited': {
    error: 'rate_limit_exceeded',
    // assumption: the description was not seen in a real response; the error code is in the catalogue.
    description: 'ip/user rate limit exceeded',
    // assumption: status for a login over the hourly limit.
    loginHistoryStatus: 'Failed: Rate Limit Exceeded',
  },
} as const satisfies Record<string, OAuthFailure>;

export type OAuthFailureCode = keyof typeof OAUTH_FAILURES;
