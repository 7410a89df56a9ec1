import type { ErrorShape } from '../errors/studio-error';
import type { LintReport } from '../jwt/finding';
import type { Cause, CauseCode } from './cause-code';
import type { ExchangeOutcome } from './exchange-outcome';

/** The request as it went out, for display: the assertion abbreviated (Copy as curl has it in full). */
export interface SentRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface TokenIdentity {
  name?: string;
  username?: string;
  orgId?: string;
  userId?: string;
}

export interface ApiVersion {
  version: string;
  label?: string;
  url?: string;
}

/** What the two proof calls showed: the token works for this user in this org, and the API it reaches. */
export interface TokenProof {
  identity?: TokenIdentity;
  latestApiVersion?: ApiVersion;
  problems: ErrorShape[];
}

/** A successful login as the renderer sees it: the token masked (revealed only on request). */
export interface ExchangeSuccess {
  maskedToken: string;
  instanceUrl: string;
  id: string;
  scope?: string;
  tokenType?: string;
  sfdcSiteUrl?: string;
  proof: TokenProof;
}

/** Login History as Setup shows it (Setup → Login History), from the emulator when rehearsing. */
export interface LoginHistoryRow {
  time: string;
  username: string;
  status: string;
  application?: string;
}

/** One "Test login": the request, the answer, and what it means. Safe to show: no secret in it. */
export interface ExchangeReport {
  attemptId: string;
  endpoint: string;
  sent: SentRequest;
  curl: string;
  outcome: ExchangeOutcome;
  elapsedMs: number;
  ok: boolean;
  success?: ExchangeSuccess;
  /** Ranked, most likely first; empty on success. */
  diagnosis: Cause[];
  /** The lint report of the assertion that was sent. */
  lint: LintReport;
  /** Set when the request went to the rehearsal emulator, with the Salesforce host it played. */
  rehearsal?: { loginHistory: LoginHistoryRow[]; playedHost?: string };
}

/**
 * Who answered a test login, as every outcome text names it: a rehearsal is never presented as Salesforce.
 * "The emulator (rehearsal)" or "Salesforce (acme.my.salesforce.com)".
 */
export function answeredBy(report: Pick<ExchangeReport, 'endpoint' | 'rehearsal'>): string {
  if (report.rehearsal) return 'The emulator (rehearsal)';
  let host = report.endpoint;
  try {
    host = new URL(report.endpoint).host || host;
  } catch {
    // Not a URL: name it as typed.
  }
  return `Salesforce (${host})`;
}

/** One row of the attempts made since the app started: no assertion, no token, only what compares tries. */
export interface HistoryEntry {
  attemptId: string;
  /** ISO 8601. */
  time: string;
  endpoint: string;
  ok: boolean;
  /** "HTTP 200", "HTTP 400 invalid_grant", "timeout"… */
  outcome: string;
  firstCause?: CauseCode;
  elapsedMs: number;
  rehearsal: boolean;
}
