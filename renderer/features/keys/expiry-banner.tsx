import type { CertificateSummary } from '../../../shared/keys/key-summary';
import { Notice } from '../../components/notice';
import { expiryWarning } from './expiry-warning';

export function ExpiryBanner({ certificate }: { certificate: CertificateSummary }) {
  const warning = expiryWarning(certificate);
  return warning ? <Notice tone="warning">{warning}</Notice> : null;
}
