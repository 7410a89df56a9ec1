import type { Finding, FindingCode, LintReport } from '../jwt/finding';
import type { OrgFacts } from '../org-check/org-facts';
import { describeCause } from './cause-catalogue';
import type { Cause, CauseCode } from './cause-code';
import { consumerKeyProblem } from './consumer-key';
import type { HostRole } from './endpoints';
import type { ExchangeOutcome } from './exchange-outcome';
import { addOrgFacts, PROPAGATION_SECONDS } from './org-rules';
import { Ranking } from './ranking';
import { tokenErrorOf, tokenGrantOf } from './token-response';
import { sandboxSuffix } from './username';

/** What we know beside the response: where it went, what kind of app, which key, what was tried before. */
export interface DiagnosisContext {
  /** The role of the host the request was meant for (classifyUrl; in a rehearsal, the role the emulator played). */
  endpointRole: HostRole;
  appKind?: 'connected' | 'external';
  /** The app's Permitted Users policy, when the wizard or the rehearsal knows it. */
  permittedUsers?: 'admin-approved' | 'self-authorize';
  /** Seconds since the app was created or last saved, when known. */
  appAgeSeconds?: number;
  /** SHA-256 fingerprint of the certificate that pairs with the signing key. */
  certificateFingerprint?: string;
  /** The username sent as sub (defaults to the assertion's sub). */
  username?: string;
  /** jti values of the assertions sent in earlier attempts. */
  earlierJtis?: string[];
}

export interface DiagnosisInput {
  outcome: ExchangeOutcome;
  /** The lint report of the assertion that was sent. */
  lint?: LintReport;
  context: DiagnosisContext;
  /** What the admin's org shows (the org check): with it the first cause of an ambiguous answer is exact. */
  org?: OrgFacts;
}

/** Which cause an error-level lint finding points at when Salesforce refuses the assertion. */
function causeOfFinding(finding: Finding): CauseCode | undefined {
  const code: FindingCode = finding.code;
  switch (code) {
    case 'not-three-segments':
    case 'bearer-prefix':
    case 'access-token-not-jwt':
    case 'jwe-not-jws':
    case 'bad-base64url':
    case 'base64-padding':
    case 'whitespace-in-token':
    case 'bad-json':
    case 'json-too-deep':
    case 'unsigned':
    case 'sub-missing':
    case 'exp-missing':
      return 'assertion-malformed';
    case 'alg-missing':
    case 'alg-not-rs256':
    case 'alg-hmac':
    case 'alg-none':
      return 'algorithm-rejected';
    case 'iss-missing':
      return 'client-id-invalid';
    case 'claim-name-case':
    case 'claim-whitespace':
      return /^claim:iss$/i.test(finding.where)
        ? 'client-id-invalid'
        : /^claim:aud$/i.test(finding.where)
          ? 'audience-invalid'
          : 'assertion-malformed';
    case 'aud-missing':
    case 'aud-array':
    case 'aud-not-origin':
    case 'aud-unknown-host':
    case 'aud-endpoint-mismatch':
      return 'audience-invalid';
    case 'exp-past':
    case 'exp-milliseconds':
      return 'assertion-expired';
    case 'exp-string':
    case 'exp-far-future':
    case 'nbf-future':
    case 'iat-future':
    case 'jti-present':
      return undefined;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

const unique = (items: string[]) => [...new Set(items)];

function payloadString(lint: LintReport | undefined, claim: string): string | undefined {
  const value = lint?.payload?.[claim];
  return typeof value === 'string' ? value : undefined;
}

/**
 * OpenSSL's verdicts for a chain that ends at a root this machine does not have: what a TLS-inspecting proxy's
 * private CA produces (https://docs.openssl.org/master/man1/openssl-verification-options/#diagnostics). A self-signed
 * leaf (DEPTH_ZERO_SELF_SIGNED_CERT) or a wrong host name stays a plain tls-error.
 */
const UNKNOWN_ISSUER = new Set([
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
]);

function diagnoseNetworkError(outcome: Extract<ExchangeOutcome, { kind: 'network-error' }>, ranking: Ranking) {
  const said = [`${outcome.message}${outcome.errno ? ` (${outcome.errno})` : ''}`];
  switch (outcome.error) {
    case 'dns':
      ranking.add('dns-failure', 100, { response: said });
      return;
    case 'refused':
      ranking.add('connection-refused', 100, { response: said });
      return;
    case 'timeout':
      ranking.add('timeout', 100, { response: said });
      return;
    case 'tls':
      ranking.add(outcome.errno && UNKNOWN_ISSUER.has(outcome.errno) ? 'untrusted-issuer' : 'tls-error', 100, { response: said });
      return;
    case 'reset':
      ranking.add('server-error', 100, { response: [...said, 'The connection was closed before any response arrived.'] });
      ranking.add('tls-error', 40, { response: ['A proxy or TLS inspection device may be cutting the connection.'] });
      return;
    case 'cancelled':
      return;
    default: {
      const unreachable: never = outcome.error;
      return unreachable;
    }
  }
}

/** The rules of the error table (docs/salesforce-jwt.md, "Errors"), one response at a time. */
function diagnoseTokenErrorBody(
  error: { error: string; description: string },
  said: string,
  input: DiagnosisInput,
  ranking: Ranking,
) {
  const { context, lint } = input;
  const response = [said];
  const description = error.description.toLowerCase();
  const username = context.username ?? payloadString(lint, 'sub');
  const suffix = username ? sandboxSuffix(username) : undefined;
  const young = context.appAgeSeconds !== undefined && context.appAgeSeconds < PROPAGATION_SECONDS;
  const youngEvidence = young
    ? [`The app was saved ${Math.round(context.appAgeSeconds ?? 0)} s ago: Salesforce takes 2–10 minutes to propagate it.`]
    : [];
  const onProductionHost = context.endpointRole === 'login' || context.endpointRole === 'my-domain';

  switch (error.error) {
    case 'unsupported_grant_type':
      ranking.add('grant-not-form-encoded', 100, { response });
      return;
    case 'invalid_client_id': {
      const iss = payloadString(lint, 'iss');
      const problem = iss === undefined ? undefined : consumerKeyProblem(iss);
      if (young) ranking.add('app-not-propagated', 110, { specific: youngEvidence, response });
      ranking.add('client-id-invalid', 90, { specific: problem ? [`iss: ${problem}`] : [], response });
      if (!young) ranking.add('app-not-propagated', 40, { response });
      return;
    }
    case 'invalid_client':
      ranking.add('algorithm-rejected', 100, {
        specific: typeof lint?.header?.alg === 'string' ? [`The assertion's header says alg "${lint.header.alg}".`] : [],
        response,
      });
      return;
    case 'app_not_found':
      ranking.add('external-app-needs-my-domain', 100, {
        specific:
          context.endpointRole === 'login' || context.endpointRole === 'test'
            ? [`The request went to the ${context.endpointRole} host, which does not serve External Client Apps.`]
            : [],
        response,
      });
      ranking.add('client-id-invalid', 40, { response });
      return;
    case 'invalid_app_access':
      ranking.add('user-not-assigned', 100, { response });
      ranking.add('user-not-approved', 40, { response });
      return;
    case 'inactive_user':
    case 'inactive_org':
      ranking.add('user-inactive', 100, { response });
      return;
    case 'rate_limit_exceeded':
      ranking.add('rate-limited', 100, { response });
      return;
  }

  if (/approved this consumer/.test(description)) {
    if (suffix && onProductionHost) {
      ranking.add('wrong-environment', 120, {
        specific: [
          `The username "${username}" ends in ".${suffix}", a sandbox suffix, but the request went to a production host.`,
        ],
        response,
      });
    } else if (context.endpointRole === 'test' && username && !suffix) {
      // A production username at test is as telling as a sandbox one at login: rank it first likewise.
      ranking.add('wrong-environment', 120, {
        specific: [`The username "${username}" has no sandbox suffix but the request went to test.salesforce.com.`],
        response,
      });
    }
    if (young) ranking.add('app-not-propagated', 105, { specific: youngEvidence, response });
    const selfAuthorize = context.permittedUsers === 'self-authorize';
    ranking.add('user-not-approved', selfAuthorize ? 100 : 70, {
      specific: selfAuthorize
        ? ['The app\'s policy is "All users may self-authorize": the user never approved it interactively.']
        : [],
      response,
    });
    ranking.add('user-not-assigned', selfAuthorize ? 60 : 90, {
      specific:
        context.permittedUsers === 'admin-approved'
          ? [
              'The app is "Admin approved users are pre-authorized": the user\'s profile or permission set must be assigned to it.',
            ]
          : [],
      response,
    });
    if (!suffix) ranking.add('wrong-environment', 30, { response });
    return;
  }
  if (/audience/.test(description)) {
    ranking.add('audience-invalid', 100, { response });
    if (context.appKind === 'external' && (context.endpointRole === 'login' || context.endpointRole === 'test')) {
      ranking.add('external-app-needs-my-domain', 60, { response });
    }
    return;
  }
  if (/expired/.test(description)) {
    ranking.add('assertion-expired', 100, { response });
    return;
  }
  if (/ip restricted|login hours/.test(description)) {
    ranking.add('ip-or-hours-restricted', 100, { response });
    return;
  }
  if (/invalid assertion/.test(description)) {
    const jti = payloadString(lint, 'jti');
    if (jti && context.earlierJtis?.includes(jti)) {
      ranking.add('jti-replayed', 120, { specific: [`jti "${jti}" was already sent in an earlier attempt.`], response });
    }
    ranking.add('certificate-mismatch', 90, {
      specific: context.certificateFingerprint
        ? [
            `The key in use pairs with the certificate whose SHA-256 is ${context.certificateFingerprint}: the app must hold that certificate.`,
          ]
        : [],
      response,
    });
    ranking.add('assertion-malformed', 60, { response });
    return;
  }
  ranking.add('assertion-malformed', 30, { response });
}

/** Lint errors confirm (or reveal) causes: they rank above the response's generic candidates. */
function addLintEvidence(lint: LintReport | undefined, ranking: Ranking, responseWasRefusal: boolean) {
  if (!lint || !responseWasRefusal) return;
  for (const finding of lint.findings) {
    const code = causeOfFinding(finding);
    if (!code || finding.severity === 'info') continue;
    const strong = finding.severity === 'error';
    // A finding on a cause the response already points at makes it the leading explanation; an error-level
    // finding elsewhere is still a likely cause (Salesforce reports only its first complaint).
    const score = ranking.has(code) ? (strong ? 115 : 0) : strong ? 80 : 20;
    ranking.add(code, score, {
      specific: [`${finding.message} (${finding.code}, ${finding.where})`],
      fixFirst: strong ? [finding.hint] : [],
    });
  }
}

function describeStatus(outcome: Extract<ExchangeOutcome, { kind: 'response' }>): string {
  const { status, body } = outcome;
  switch (body.kind) {
    case 'json': {
      const error = tokenErrorOf(body);
      return error
        ? `Salesforce answered HTTP ${status}: ${error.error}${error.description ? ` — "${error.description}"` : ''}.`
        : `HTTP ${status} with JSON that is neither a token nor an OAuth error.`;
    }
    case 'html':
      return `HTTP ${status} with an HTML page${body.title ? ` titled "${body.title}"` : ''}, not JSON.`;
    case 'text':
      return `HTTP ${status} with a text body, not JSON: "${body.excerpt.slice(0, 120)}".`;
    case 'empty':
      return `HTTP ${status} with an empty body.`;
  }
}

/**
 * When the caller does not know the app's kind (the CLI), some answers tell it: only External Client Apps get
 * `app_not_found` and `invalid_app_access` (docs/salesforce-jwt.md, "Errors"), so their fix steps name the External
 * Client App Manager rather than the App Manager.
 */
function appKindRevealedBy(outcome: ExchangeOutcome): 'external' | undefined {
  if (outcome.kind !== 'response') return undefined;
  const error = tokenErrorOf(outcome.body)?.error;
  return error === 'app_not_found' || error === 'invalid_app_access' ? 'external' : undefined;
}

/**
 * Ranks the likely causes of a failed token request, most likely first; an empty list for a success or a
 * cancelled request. Pure: the same outcome, lint report and context always give the same answer.
 */
export function diagnoseTokenError(input: DiagnosisInput): Cause[] {
  const { outcome, lint, context } = input;
  const ranking = new Ranking();
  if (outcome.kind === 'network-error') {
    diagnoseNetworkError(outcome, ranking);
  } else {
    const said = describeStatus(outcome);
    const error = tokenErrorOf(outcome.body);
    if (outcome.status >= 300 && outcome.status < 400) {
      ranking.add('redirected', 100, {
        response: [`HTTP ${outcome.status} redirect${outcome.location ? ` to ${outcome.location}` : ' without a Location'}.`],
      });
    } else if (outcome.status >= 500) {
      ranking.add('server-error', 100, { response: [said] });
      if (outcome.body.kind !== 'json') ranking.add('not-a-token-endpoint', 40, { response: [said] });
    } else if (error) {
      diagnoseTokenErrorBody(error, said, input, ranking);
      addLintEvidence(lint, ranking, true);
      if (input.org) addOrgFacts(input.org, error, context.endpointRole, ranking);
    } else if (!(outcome.status < 300 && tokenGrantOf(outcome.body))) {
      ranking.add('not-a-token-endpoint', 100, { response: [said] });
    }
  }
  const username = context.username ?? payloadString(lint, 'sub');
  const suffix = username ? sandboxSuffix(username) : undefined;
  const appKind = context.appKind ?? appKindRevealedBy(outcome);
  return ranking.ranked().map(([code, c]) => {
    const description = describeCause(code, {
      role: context.endpointRole,
      ...(appKind ? { appKind } : {}),
      ...(username ? { username } : {}),
      ...(suffix ? { sandboxSuffix: suffix } : {}),
    });
    return {
      code,
      title: description.title,
      evidence: unique([...c.seen, ...c.specific, ...c.response]),
      fix: unique([...c.fixFirst, ...description.fix]),
      ...(description.helpUrl ? { helpUrl: description.helpUrl } : {}),
      ...(description.wizardStep ? { wizardStep: description.wizardStep } : {}),
    };
  });
}
