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

/** `SELECT Id, Name FROM Organization` with the token: the org it reaches. */
export interface OrgRecordProof {
  id?: string;
  name?: string;
}

/** The user's own record (`SELECT Id, Username, Name, Profile.Name FROM User WHERE Id = …`). */
export interface UserRecordProof {
  id?: string;
  username?: string;
  name?: string;
  profile?: string;
}

/**
 * What the proof calls showed: the token works for this user in this org (identity), the API it reaches, and
 * the integration's first real calls (the org's record, the user's record with the profile).
 */
export interface TokenProof {
  identity?: TokenIdentity;
  latestApiVersion?: ApiVersion;
  org?: OrgRecordProof;
  user?: UserRecordProof;
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
  /** Set when the request went to the rehearsal emulator. */
  rehearsal?: { loginHistory: LoginHistoryRow[] };
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
