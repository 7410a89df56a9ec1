import { describe, expect, it } from 'vitest';
import type { Finding, LintReport } from '../jwt/finding';
import { CAUSE_CODES, type CauseCode } from './cause-code';
import { type DiagnosisContext, diagnoseTokenError } from './diagnose';
import type { ExchangeOutcome } from './exchange-outcome';
import { readResponseBody } from './token-response';

const KEY = `3MVG9${'A'.repeat(80)}`;
const login: DiagnosisContext = { endpointRole: 'login', appKind: 'connected' };

function oauthError(error: string, description: string, status = 400): ExchangeOutcome {
  return {
    kind: 'response',
    status,
    contentType: 'application/json',
    body: readResponseBody('application/json', JSON.stringify({ error, error_description: description })),
  };
}

function lintOf(
  payload: Record<string, unknown>,
  findings: Finding[] = [],
  header: Record<string, unknown> = { alg: 'RS256' },
): LintReport {
  return { header, payload, findings };
}

const goodPayload = { iss: KEY, sub: 'admin@acme.com', aud: 'https://login.salesforce.com', exp: 2_000_000_000 };

function finding(code: Finding['code'], where: string, severity: Finding['severity'] = 'error'): Finding {
  return { code, severity, where, message: `finding ${code} on ${where}`, hint: `hint for ${code}` };
}

function first(outcome: ExchangeOutcome, context: DiagnosisContext = login, lint: LintReport = lintOf(goodPayload)) {
  const causes = diagnoseTokenError({ outcome, lint, context });
  expect(causes.length).toBeGreaterThan(0);
  return causes[0]!;
}

/** One case per cause code: the response (and context) that makes it the first cause. */
const cases: Record<CauseCode, () => ReturnType<typeof first>> = {
  'user-not-approved': () =>
    first(oauthError('invalid_grant', "user hasn't approved this consumer"), { ...login, permittedUsers: 'self-authorize' }),
  'user-not-assigned': () =>
    first(oauthError('invalid_app_access', 'user is not admin approved to access this app'), { ...login, appKind: 'external' }),
  'wrong-environment': () =>
    first(
      oauthError('invalid_grant', "user hasn't approved this consumer"),
      login,
      lintOf({ ...goodPayload, sub: 'admin@acme.com.uat' }),
    ),
  'username-unknown': () => {
    const causes = diagnoseTokenError({
      outcome: oauthError('invalid_grant', "user hasn't approved this consumer"),
      lint: lintOf(goodPayload),
      context: login,
      org: { org: { isSandbox: false }, user: { found: false, username: 'admin@acme.com', similar: [] } },
    });
    return causes[0]!;
  },
  'audience-invalid': () => first(oauthError('invalid_grant', 'audience is invalid')),
  'certificate-mismatch': () =>
    first(oauthError('invalid_grant', 'invalid assertion'), { ...login, certificateFingerprint: 'AB:CD' }),
  'assertion-malformed': () =>
    first(oauthError('invalid_grant', 'invalid assertion'), login, lintOf(goodPayload, [finding('base64-padding', 'payload')])),
  'assertion-expired': () => first(oauthError('invalid_grant', 'expired authorization code')),
  'client-id-invalid': () => first(oauthError('invalid_client_id', 'client identifier invalid')),
  'app-not-propagated': () =>
    first(oauthError('invalid_client_id', 'client identifier invalid'), { ...login, appAgeSeconds: 30 }),
  'grant-not-form-encoded': () => first(oauthError('unsupported_grant_type', 'grant type not supported')),
  'external-app-needs-my-domain': () =>
    first(oauthError('app_not_found', 'External client app is not installed in this org'), { ...login, appKind: 'external' }),
  'algorithm-rejected': () =>
    first(
      oauthError('invalid_client', 'invalid client credentials'),
      login,
      lintOf(goodPayload, [finding('alg-not-rs256', 'header')], { alg: 'RS512' }),
    ),
  'ip-or-hours-restricted': () => first(oauthError('invalid_grant', 'IP restricted or invalid login hours')),
  'user-inactive': () => first(oauthError('inactive_user', 'user is inactive')),
  'rate-limited': () => first(oauthError('rate_limit_exceeded', 'rate limit exceeded')),
  'jti-replayed': () =>
    first(
      oauthError('invalid_grant', 'invalid assertion'),
      { ...login, earlierJtis: ['j-1'] },
      lintOf({ ...goodPayload, jti: 'j-1' }),
    ),
  'not-a-token-endpoint': () =>
    first({
      kind: 'response',
      status: 200,
      contentType: 'text/html',
      body: readResponseBody('text/html', '<html><title>Welcome</title><body>Site</body></html>'),
    }),
  'server-error': () =>
    first({ kind: 'response', status: 503, body: readResponseBody('application/json', '{"message":"down"}') }),
  'dns-failure': () =>
    first({ kind: 'network-error', error: 'dns', message: 'The host name does not resolve.', errno: 'ENOTFOUND' }),
  'connection-refused': () => first({ kind: 'network-error', error: 'refused', message: 'Refused.', errno: 'ECONNREFUSED' }),
  timeout: () => first({ kind: 'network-error', error: 'timeout', message: 'No answer within 1 s.' }),
  'tls-error': () =>
    first({ kind: 'network-error', error: 'tls', message: 'Self-signed certificate.', errno: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
  'untrusted-issuer': () =>
    first({
      kind: 'network-error',
      error: 'tls',
      message: 'unable to get local issuer certificate',
      errno: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    }),
  redirected: () => first({ kind: 'response', status: 302, location: 'https://login.salesforce.com/', body: { kind: 'empty' } }),
};

describe('diagnoseTokenError: every cause code comes first for its own evidence', () => {
  it('covers the whole catalogue', () => {
    expect(Object.keys(cases).sort()).toEqual([...CAUSE_CODES].sort());
  });
  for (const code of CAUSE_CODES) {
    it(code, () => {
      const cause = cases[code]();
      expect(cause.code).toBe(code);
      expect(cause.title.length).toBeGreaterThan(10);
      expect(cause.evidence.length).toBeGreaterThan(0);
      expect(cause.fix.length).toBeGreaterThan(0);
    });
  }
});

describe('evidence combines the response, the assertion and the context', () => {
  it('invalid_client_id with the claim written "Iss" puts that finding first', () => {
    const lint = lintOf({ Iss: KEY, sub: 'a@b.com', aud: 'https://login.salesforce.com', exp: 2e9 }, [
      finding('claim-name-case', 'claim:Iss'),
    ]);
    const cause = first(oauthError('invalid_client_id', 'client identifier invalid'), login, lint);
    expect(cause.code).toBe('client-id-invalid');
    expect(cause.evidence[0]).toBe('finding claim-name-case on claim:Iss (claim-name-case, claim:Iss)');
    expect(cause.fix[0]).toBe('hint for claim-name-case');
  });

  it('invalid_client_id with spaces around the Consumer Key in iss puts that finding first', () => {
    const lint = lintOf({ iss: `${KEY} `, sub: 'a@b.com', aud: 'https://login.salesforce.com', exp: 2e9 }, [
      finding('claim-whitespace', 'claim:iss'),
    ]);
    const cause = first(oauthError('invalid_client_id', 'client identifier invalid'), login, lint);
    expect(cause.code).toBe('client-id-invalid');
    expect(cause.evidence[0]).toMatch(/spaces or line breaks around it/);
    expect(cause.evidence).toContain('finding claim-whitespace on claim:iss (claim-whitespace, claim:iss)');
  });

  it('"user hasn\'t approved this consumer" on login with a sandbox username names the wrong environment first', () => {
    const causes = diagnoseTokenError({
      outcome: oauthError('invalid_grant', "user hasn't approved this consumer"),
      lint: lintOf({ ...goodPayload, sub: 'admin@acme.com.uat' }),
      context: { ...login, permittedUsers: 'admin-approved' },
    });
    expect(causes.map((c) => c.code).slice(0, 2)).toEqual(['wrong-environment', 'user-not-assigned']);
    expect(causes[0]!.evidence[0]).toContain('".uat"');
    expect(causes[0]!.fix[0]).toContain('https://test.salesforce.com');
  });

  it('a production username sent to test.salesforce.com names the wrong environment first', () => {
    const causes = diagnoseTokenError({
      outcome: oauthError('invalid_grant', "user hasn't approved this consumer"),
      lint: lintOf({ ...goodPayload, aud: 'https://test.salesforce.com' }),
      context: { endpointRole: 'test' },
    });
    expect(causes[0]!.code).toBe('wrong-environment');
    expect(causes[0]!.evidence[0]).toContain('no sandbox suffix');
  });

  it('"invalid assertion" with a jti an earlier attempt used is a replay, not a certificate problem', () => {
    const outcome = oauthError('invalid_grant', 'invalid assertion');
    const lint = lintOf({ ...goodPayload, jti: 'abc' });
    expect(diagnoseTokenError({ outcome, lint, context: { ...login, earlierJtis: ['abc'] } })[0]!.code).toBe('jti-replayed');
    expect(diagnoseTokenError({ outcome, lint, context: { ...login, earlierJtis: ['other'] } })[0]!.code).toBe(
      'certificate-mismatch',
    );
  });

  it('without a known app kind, invalid_app_access and app_not_found name the External Client App Manager', () => {
    const unknownKind: DiagnosisContext = { endpointRole: 'my-domain' };
    for (const outcome of [
      oauthError('invalid_app_access', 'user is not admin approved to access this app'),
      oauthError('app_not_found', 'External client app is not installed in this org'),
    ]) {
      const fix = first(outcome, unknownKind).fix.join(' ');
      expect(fix).toContain('External Client App Manager');
      expect(fix).not.toContain('Setup → App Manager');
    }
    // An answer both kinds get keeps the generic (Connected App) paths when nothing says otherwise.
    expect(first(oauthError('invalid_grant', 'invalid assertion'), unknownKind).fix.join(' ')).toContain('Setup → App Manager');
  });

  it('names the Setup path and checkbox for the app kind in use', () => {
    const outcome = oauthError('invalid_grant', 'invalid assertion');
    const connected = first(outcome, login);
    const external = first(outcome, { ...login, appKind: 'external' });
    expect(connected.fix.join(' ')).toContain('"Use digital signatures"');
    expect(external.fix.join(' ')).toContain('"Enable JWT Bearer Flow"');
    expect(connected.wizardStep).toBe('keys');
  });

  it('user not assigned (admin-approved Connected App) names the assignment fix first', () => {
    const cause = first(oauthError('invalid_grant', "user hasn't approved this consumer"), {
      ...login,
      permittedUsers: 'admin-approved',
    });
    expect(cause.code).toBe('user-not-assigned');
    expect(cause.fix.join(' ')).toContain('Manage Profiles');
    expect(cause.wizardStep).toBe('preauthorize');
  });

  it('a success and a cancelled request have no causes', () => {
    const body = readResponseBody(
      'application/json',
      JSON.stringify({ access_token: 'x', instance_url: 'https://a', id: 'https://a/id/1/2' }),
    );
    expect(diagnoseTokenError({ outcome: { kind: 'response', status: 200, body }, context: login })).toEqual([]);
    expect(
      diagnoseTokenError({ outcome: { kind: 'network-error', error: 'cancelled', message: 'Cancelled.' }, context: login }),
    ).toEqual([]);
  });

  it('a connection reset reads as the server or a proxy dropping the request', () => {
    const causes = diagnoseTokenError({
      outcome: { kind: 'network-error', error: 'reset', message: 'Reset.', errno: 'ECONNRESET' },
      context: login,
    });
    expect(causes.map((c) => c.code)).toEqual(['server-error', 'tls-error']);
  });
});
