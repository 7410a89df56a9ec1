/**
 * Why a token request failed, as the diagnosis names it. The codes are a public interface (the CLI's JSON,
 * scripts, the UI's links to the wizard): never rename one. The catalogue they come from is the error table
 * of docs/salesforce-jwt.md plus the transport failures seen before Salesforce answers.
 */
export const CAUSE_CODES = [
  'user-not-approved',
  'user-not-assigned',
  'wrong-environment',
  'username-unknown',
  'audience-invalid',
  'certificate-mismatch',
  'assertion-malformed',
  'assertion-expired',
  'client-id-invalid',
  'app-not-propagated',
  'grant-not-form-encoded',
  'external-app-needs-my-domain',
  'algorithm-rejected',
  'ip-or-hours-restricted',
  'user-inactive',
  'rate-limited',
  'jti-replayed',
  'not-a-token-endpoint',
  'server-error',
  'dns-failure',
  'connection-refused',
  'timeout',
  'tls-error',
  'untrusted-issuer',
  'redirected',
] as const;

export type CauseCode = (typeof CAUSE_CODES)[number];

/** The setup wizard's steps a fix can link back to. */
export type WizardStep = 'org' | 'keys' | 'configure' | 'preauthorize' | 'credentials' | 'test';

/** One ranked cause of a failed login: what it is, why we think so, and how to fix it in Setup. */
export interface Cause {
  code: CauseCode;
  title: string;
  /** What in the response, the assertion or the context points at this cause, strongest first. */
  evidence: string[];
  /** Steps in order, naming the Setup path and the checkbox. */
  fix: string[];
  helpUrl?: string;
  wizardStep?: WizardStep;
}
