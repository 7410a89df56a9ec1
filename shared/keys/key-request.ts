import { normalizeAlias } from './alias';
import { keyErrors } from './key-errors';
import { type CertificateSubject, cleanSubject } from './subject';

/**
 * Salesforce accepts RSA keys of 2048, 3072 or 4096 bits for the JWT Bearer flow (RS256); 2048 is the
 * tutorials' size and the fastest to generate.
 */
export const KEY_SIZES = [2048, 3072, 4096] as const;
export type KeySize = (typeof KEY_SIZES)[number];
export const DEFAULT_KEY_SIZE: KeySize = 2048;

export const DEFAULT_VALIDITY_DAYS = 365;
/** Past three years the user is warned: a long-lived credential that nobody rotates. */
export const VALIDITY_WARNING_DAYS = 3 * 365;
export const VALIDITY_MAX_DAYS = 100 * 365;

export function validityProblem(days: number): string | undefined {
  if (!Number.isInteger(days) || days < 1) return 'A whole number of days, at least 1.';
  if (days > VALIDITY_MAX_DAYS) return `At most ${VALIDITY_MAX_DAYS} days.`;
  return undefined;
}

export function validityWarning(days: number): string | undefined {
  return days > VALIDITY_WARNING_DAYS
    ? 'More than 3 years: a certificate that outlives its owners is rarely rotated. Consider 1–2 years.'
    : undefined;
}

export function isKeySize(bits: number): bits is KeySize {
  return (KEY_SIZES as readonly number[]).includes(bits);
}

/** What a new certificate needs: who it names, how long it lasts, and its Unique Name (the JKS alias). */
export interface CertificateRequest {
  subject: CertificateSubject;
  days: number;
  alias: string;
}

export interface KeyRequest extends CertificateRequest {
  bits: number;
}

/** The request validated and normalized (alias lower-cased, blank subject fields dropped), or a coded error. */
export function checkCertificateRequest(request: CertificateRequest): CertificateRequest & { aliasLowerCased: boolean } {
  const problem = validityProblem(request.days);
  if (problem) {
    throw keyErrors.raise('invalid-validity', `Validity: ${problem}`);
  }
  const { alias, lowerCased } = normalizeAlias(request.alias);
  return { subject: cleanSubject(request.subject), days: request.days, alias, aliasLowerCased: lowerCased };
}

export function checkKeySize(bits: number): KeySize {
  if (!isKeySize(bits)) {
    throw keyErrors.raise('invalid-key-size', `${bits} is not a key size Salesforce accepts here.`);
  }
  return bits;
}
