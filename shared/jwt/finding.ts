/**
 * A lint finding on a JWT, checked against Salesforce's rules (docs/salesforce-jwt.md,
 * "The assertion"). The codes are a public interface: the CLI's JSON, scripts and the diagnosis use them.
 */
export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'not-three-segments'
  | 'bearer-prefix'
  | 'access-token-not-jwt'
  | 'jwe-not-jws'
  | 'bad-base64url'
  | 'base64-padding'
  | 'whitespace-in-token'
  | 'bad-json'
  | 'json-too-deep'
  | 'alg-missing'
  | 'alg-not-rs256'
  | 'alg-hmac'
  | 'alg-none'
  | 'claim-name-case'
  | 'claim-whitespace'
  | 'iss-missing'
  | 'sub-missing'
  | 'aud-missing'
  | 'exp-missing'
  | 'aud-array'
  | 'aud-not-origin'
  | 'aud-unknown-host'
  | 'aud-endpoint-mismatch'
  | 'exp-string'
  | 'exp-milliseconds'
  | 'exp-past'
  | 'exp-far-future'
  | 'nbf-future'
  | 'iat-future'
  | 'jti-present'
  | 'unsigned';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  hint: string;
  /** The segment (`header`, `payload`, `signature`, `token`) or the claim (`claim:Iss`) it is about. */
  where: string;
}

export interface LintContext {
  /** The token endpoint base URL the assertion is meant for, e.g. https://test.salesforce.com. */
  endpoint?: string | undefined;
  /** Seconds since the epoch; defaults to the current time. */
  now?: number;
  /** A client attestation (first-party apps) has no `sub`; a bearer assertion (the default) needs one. */
  purpose?: 'bearer' | 'attestation';
}

export interface LintReport {
  /** Decoded header and payload where they could be decoded. */
  header?: Record<string, unknown>;
  payload?: Record<string, unknown>;
  findings: Finding[];
}
