import { SALESFORCE_CERTIFICATE_MAX_BYTES } from '../../../shared/keys/export-format';
import type { KeySummary } from '../../../shared/keys/key-summary';
import { CopyButton } from '../../components/copy-button';

/** `2027-11-24 08:29 UTC`: the ISO date without its milliseconds, readable beside Salesforce's own dates. */
const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

const SOURCES: Record<KeySummary['source'], string> = {
  generated: 'generated here',
  imported: 'imported',
  profile: 'from a profile',
};

/** The public facts of the key in use and its certificate: what an admin compares with Salesforce's screens. */
export function KeySummaryCard({ summary }: { summary: KeySummary }) {
  const cert = summary.certificate;
  return (
    <section className="card" aria-labelledby="keys-summary-title">
      <h3 id="keys-summary-title">Key in use</h3>
      <dl className="facts">
        <dt>Unique Name (alias)</dt>
        <dd className="mono">{summary.alias}</dd>
        <dt>Key</dt>
        <dd>
          RSA {summary.keyBits} bits, {SOURCES[summary.source]}
        </dd>
        <dt>Public key SHA-256</dt>
        <dd className="mono">{summary.publicKeyFingerprintSha256}</dd>
        {cert ? (
          <>
            <dt>Subject</dt>
            <dd>{cert.subject}</dd>
            <dt>Issuer</dt>
            <dd>
              {cert.issuer}
              {cert.selfSigned ? ' (self-signed)' : ''}
            </dd>
            <dt>Serial number</dt>
            <dd className="mono">{cert.serialNumber}</dd>
            <dt>Valid from</dt>
            <dd>{utc(cert.notBefore)}</dd>
            <dt>Valid until</dt>
            <dd>
              {utc(cert.notAfter)} ({cert.daysLeft < 0 ? 'expired' : `${cert.daysLeft} days left`})
            </dd>
            <dt>Signature algorithm</dt>
            <dd>{cert.signatureAlgorithm}</dd>
            <dt>SHA-1 fingerprint</dt>
            <dd className="mono" data-testid="fingerprint-sha1">
              {cert.fingerprintSha1}
            </dd>
            <dt>SHA-256 fingerprint</dt>
            <dd className="mono" data-testid="fingerprint-sha256">
              {cert.fingerprintSha256}
            </dd>
            <dt>Certificate size</dt>
            <dd className={cert.pemBytes > SALESFORCE_CERTIFICATE_MAX_BYTES ? 'severity-error' : undefined}>
              {cert.pemBytes} bytes PEM, {cert.derBytes} bytes DER — Salesforce accepts up to 4 KB (
              {cert.pemBytes > SALESFORCE_CERTIFICATE_MAX_BYTES
                ? cert.derBytes > SALESFORCE_CERTIFICATE_MAX_BYTES
                  ? 'too large'
                  : 'upload the DER .cer'
                : 'fits'}
              )
            </dd>
          </>
        ) : (
          <>
            <dt>Certificate</dt>
            <dd>None yet: create it with the form below.</dd>
          </>
        )}
      </dl>
      {cert ? (
        <div className="button-row">
          <CopyButton value={cert.pem} label="Copy the certificate PEM" />
          <span className="help">the certificate PEM to the clipboard, for a field that takes it as text</span>
        </div>
      ) : null}
    </section>
  );
}
