import forge from 'node-forge';
import { type Certificate, certificateToDer, certificateToPem } from './certificate';
import { sha1Fingerprint, sha256Fingerprint } from './fingerprint';
import { toBinary } from './forge-bytes';
import type { CertificateSummary, KeySummary } from './key-summary';
import { publicKeyDer, type RsaPublicKey, rsaBits } from './rsa-key';

const DAY_MS = 86_400_000;

const SIGNATURE_ALGORITHMS: Record<string, string> = {
  [forge.pki.oids.sha256WithRSAEncryption as string]: 'SHA-256 with RSA',
  [forge.pki.oids.sha384WithRSAEncryption as string]: 'SHA-384 with RSA',
  [forge.pki.oids.sha512WithRSAEncryption as string]: 'SHA-512 with RSA',
  [forge.pki.oids.sha1WithRSAEncryption as string]: 'SHA-1 with RSA',
  [forge.pki.oids['RSASSA-PSS'] as string]: 'RSASSA-PSS',
};

/** `CN=salesforce-jwt, O=Acme, C=US`: most specific first, the order people read (RFC 4514 order). */
export function distinguishedName(attributes: forge.pki.CertificateField[]): string {
  return [...attributes]
    .reverse()
    .map((a) => {
      const raw = String(a.value ?? '');
      const value = (a.valueTagClass as unknown) === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(raw) : raw;
      return `${a.shortName ?? (a.name === 'emailAddress' ? 'E' : (a.name ?? a.type))}=${value}`;
    })
    .join(', ');
}

/** Whole days from `now` to the certificate's end, negative once it has expired. */
export function daysLeft(notAfter: Date, now: Date): number {
  return Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
}

export function summarizeCertificate(certificate: Certificate, now = new Date()): CertificateSummary {
  const der = certificateToDer(certificate);
  // Read back from DER: a certificate built in this process holds its names decoded, a parsed one as bytes.
  const cert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(toBinary(der)));
  const pemText = certificateToPem(cert);
  const subject = distinguishedName(cert.subject.attributes);
  const issuer = distinguishedName(cert.issuer.attributes);
  return {
    subject,
    issuer,
    serialNumber: cert.serialNumber.toUpperCase().replace(/(..)(?!$)/g, '$1:'),
    notBefore: cert.validity.notBefore.toISOString(),
    notAfter: cert.validity.notAfter.toISOString(),
    daysLeft: daysLeft(cert.validity.notAfter, now),
    signatureAlgorithm: SIGNATURE_ALGORITHMS[cert.signatureOid ?? ''] ?? cert.signatureOid ?? 'unknown',
    fingerprintSha1: sha1Fingerprint(der),
    fingerprintSha256: sha256Fingerprint(der),
    pem: pemText,
    derBytes: der.length,
    pemBytes: new TextEncoder().encode(pemText).length,
    selfSigned: subject === issuer,
  };
}

export function publicKeyFingerprint(key: RsaPublicKey): string {
  return sha256Fingerprint(publicKeyDer(key));
}

/** The public facts of a key (and its certificate) that the renderer may see. */
export function summarizeKey(options: {
  publicKey: RsaPublicKey;
  certificate?: Certificate | undefined;
  alias: string;
  source: KeySummary['source'];
  now?: Date;
}): KeySummary {
  const summary: KeySummary = {
    id: globalThis.crypto.randomUUID(),
    alias: options.alias,
    keyBits: rsaBits(options.publicKey),
    publicKeyFingerprintSha256: publicKeyFingerprint(options.publicKey),
    source: options.source,
  };
  if (options.certificate) summary.certificate = summarizeCertificate(options.certificate, options.now);
  return summary;
}
