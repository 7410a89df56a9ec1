import { keyErrors } from './key-errors';

/** The distinguished name of a self-signed certificate. Only the Common Name is required. */
export interface CertificateSubject {
  commonName: string;
  organization?: string;
  organizationalUnit?: string;
  locality?: string;
  state?: string;
  /** ISO 3166 two-letter code, e.g. `US`. */
  country?: string;
  email?: string;
}

export type SubjectField = keyof CertificateSubject;

/** X.520 upper bound for CN, O and OU (RFC 5280 appendix A); applied to every field to keep certificates small. */
const FIELD_MAX = 64;

export const DEFAULT_COMMON_NAME = 'salesforce-jwt';

/** Problems per field, in words for the form; empty when the subject is fine. */
export function subjectProblems(subject: CertificateSubject): Partial<Record<SubjectField, string>> {
  const problems: Partial<Record<SubjectField, string>> = {};
  if (subject.commonName.trim() === '') problems.commonName = 'The Common Name is required.';
  for (const [field, value] of Object.entries(subject) as [SubjectField, string | undefined][]) {
    if (value !== undefined && value.length > FIELD_MAX) problems[field] = `At most ${FIELD_MAX} characters.`;
  }
  if (subject.country && !/^[A-Za-z]{2}$/.test(subject.country)) {
    problems.country = 'Two letters (ISO 3166 code), e.g. US, FR, DE.';
  }
  if (subject.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(subject.email)) problems.email = 'Not an email address.';
  return problems;
}

const FIELD_LABELS: Record<SubjectField, string> = {
  commonName: 'Common Name',
  organization: 'Organization',
  organizationalUnit: 'Organizational Unit',
  locality: 'Locality',
  state: 'State',
  country: 'Country',
  email: 'Email',
};

/** The subject with blank fields dropped and the country upper-cased, or a coded error naming the first problem. */
export function cleanSubject(subject: CertificateSubject): CertificateSubject {
  const [field, problem] = Object.entries(subjectProblems(subject))[0] ?? [];
  if (field && problem) {
    throw keyErrors.raise(
      field === 'country' ? 'invalid-country' : 'invalid-subject',
      `${FIELD_LABELS[field as SubjectField]}: ${problem}`,
    );
  }
  const out: CertificateSubject = { commonName: subject.commonName.trim() };
  for (const [field, value] of Object.entries(subject) as [SubjectField, string | undefined][]) {
    const trimmed = value?.trim();
    if (field !== 'commonName' && trimmed) out[field] = field === 'country' ? trimmed.toUpperCase() : trimmed;
  }
  return out;
}
