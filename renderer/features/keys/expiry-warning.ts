import type { CertificateSummary } from '../../../shared/keys/key-summary';

/** Salesforce refuses an expired certificate's signatures; 30 days is the time to rotate in a change window. */
export const EXPIRY_WARNING_DAYS = 30;

/** The banner's sentence when the certificate has expired or expires within 30 days; undefined otherwise. */
export function expiryWarning(certificate: Pick<CertificateSummary, 'daysLeft' | 'notAfter'>): string | undefined {
  const date = certificate.notAfter.slice(0, 10);
  if (certificate.daysLeft < 0) {
    return `The certificate expired on ${date}: Salesforce rejects every login signed with it. Generate a new key and certificate and upload the new .crt to the app.`;
  }
  if (certificate.daysLeft >= EXPIRY_WARNING_DAYS) return undefined;
  const when = certificate.daysLeft === 0 ? 'today' : `in ${certificate.daysLeft} ${certificate.daysLeft === 1 ? 'day' : 'days'}`;
  return `The certificate expires ${when} (${date}). Make a new one and upload it to the app before then.`;
}
