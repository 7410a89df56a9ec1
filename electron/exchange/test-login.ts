import { lintJwt } from '../../shared/jwt/lint';
import { type DiagnosisContext, type DiagnosisInput, diagnoseTokenError } from '../../shared/salesforce/diagnose';
import { classifyUrl } from '../../shared/salesforce/endpoints';
import type { ExchangeOutcome } from '../../shared/salesforce/exchange-outcome';
import type { ExchangeReport } from '../../shared/salesforce/exchange-report';
import { tokenErrorOf } from '../../shared/salesforce/token-response';
import { DEFAULT_TIMEOUT_MS, exchangeAssertion, type TransportOptions } from './token-exchange';
import { proveToken } from './token-proof';

export interface TestLoginInput {
  attemptId: string;
  endpoint: string;
  assertion: string;
  /** The real host the endpoint stands for (the rehearsal's emulator plays one); the endpoint itself otherwise. */
  playedHost?: string;
  context: Omit<DiagnosisContext, 'endpointRole' | 'username'>;
  transport: TransportOptions;
}

export interface TestLoginResult {
  report: ExchangeReport;
  /** The real token of a success: the caller keeps it on the Node side. */
  accessToken?: string;
  /** The assertion's jti, when the request reached the server (Salesforce remembers it from then on). */
  jti?: string;
  /** What the diagnosis was computed from: the org check recomputes it with the org's evidence. */
  diagnosisInput: DiagnosisInput;
}

/** "HTTP 400 invalid_grant", "timeout": the outcome in a few words, for the history and the CLI. */
export function outcomeSummary(outcome: ExchangeOutcome): string {
  if (outcome.kind === 'network-error')
    return outcome.error === 'cancelled' ? 'cancelled' : `${outcome.error} (${outcome.errno ?? 'no response'})`;
  const error = tokenErrorOf(outcome.body);
  return `HTTP ${outcome.status}${error ? ` ${error.error}` : ''}`;
}

/**
 * One "Test login": lint the assertion, send it, prove the token on success, diagnose a failure. Shared by the
 * app's handler and the CLI so both explain a failure the same way.
 */
export async function testLogin(input: TestLoginInput): Promise<TestLoginResult> {
  const played = input.playedHost ?? input.endpoint;
  const lint = lintJwt(input.assertion, { endpoint: played });
  // One deadline for the token request and the proof calls together: a slow answer leaves the proof less time.
  const timeoutMs = input.transport.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport: TransportOptions = { ...input.transport, deadline: performance.now() + timeoutMs };
  const attempt = await exchangeAssertion(input.endpoint, input.assertion, transport);
  const proof = attempt.grant ? await proveToken(attempt.grant, transport) : undefined;
  const timedOutPhase =
    attempt.outcome.kind === 'network-error' && attempt.outcome.error === 'timeout'
      ? 'token-request'
      : proof?.problems.some((p) => p.code === 'proof-timeout')
        ? 'proof'
        : undefined;
  const sub = lint.payload?.sub;
  const diagnosisInput: DiagnosisInput = {
    outcome: attempt.outcome,
    lint,
    context: { ...input.context, endpointRole: classifyUrl(played).role, ...(typeof sub === 'string' ? { username: sub } : {}) },
  };
  const diagnosis = diagnoseTokenError(diagnosisInput);
  const grant = attempt.grant;
  const report: ExchangeReport = {
    attemptId: input.attemptId,
    endpoint: input.endpoint,
    sent: attempt.sent,
    curl: attempt.curl,
    outcome: attempt.outcome,
    elapsedMs: attempt.elapsedMs,
    ok: grant !== undefined,
    diagnosis,
    lint,
    ...(timedOutPhase ? { timedOut: { phase: timedOutPhase, seconds: timeoutMs / 1000 } } : {}),
    ...(grant && proof
      ? {
          success: {
            maskedToken: maskedTokenOf(attempt.outcome),
            instanceUrl: grant.instanceUrl,
            id: grant.id,
            proof,
            ...(grant.scope ? { scope: grant.scope } : {}),
            ...(grant.tokenType ? { tokenType: grant.tokenType } : {}),
            ...(grant.sfdcSiteUrl ? { sfdcSiteUrl: grant.sfdcSiteUrl } : {}),
          },
        }
      : {}),
  };
  const jti = lint.payload?.jti;
  return {
    report,
    diagnosisInput,
    ...(grant ? { accessToken: grant.accessToken } : {}),
    ...(attempt.outcome.kind === 'response' && typeof jti === 'string' ? { jti } : {}),
  };
}

function maskedTokenOf(outcome: ExchangeOutcome): string {
  if (outcome.kind !== 'response' || outcome.body.kind !== 'json') return '';
  const token = (outcome.body.json as Record<string, unknown>).access_token;
  return typeof token === 'string' ? token : '';
}
