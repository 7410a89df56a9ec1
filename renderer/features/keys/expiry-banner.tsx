import type { CertificateSummary } from '../../../shared/keys/key-summary';
import { Notice } from '../../components/notice';

/** Salesforce refuses an expired certificate's signatures; 30 days is the time to rotate in a change window. */
const EXPIRY_WARNING_DAYS = 30;

export function ExpiryBanner({ certificate }: { certificate: CertificateSummary }) {
  if (certificate.daysLeft < 0) {
    return (
      <Notice tone="warning">
        The certificate expired on {certificate.notAfter.slice(0, 10)}: Salesforce rejects every login signed with it. Generate a
        new key and certificate and upload the new .crt to the app.
      </Notice>
    );
  }
  if (certificate.daysLeft < EXPIRY_WARNING_DAYS) {
    return (
      <Notice tone="warning">
        The certificate expires in {certificate.daysLeft} {certificate.daysLeft === 1 ? 'day' : 'days'} (
        {certificate.notAfter.slice(0, 10)}). Make a new one and upload it to the app before then.
      </Notice>
    );
  }
  return null;
}
