/**
 * What the renderer may know about the key in use: public facts only. The private key itself stays on the
 * Node side (electron/keys/key-vault.ts); the renderer refers to it through this summary.
 */
export interface CertificateSummary {
  subject: string;
  issuer: string;
  serialNumber: string;
  /** ISO 8601. */
  notBefore: string;
  notAfter: string;
  daysLeft: number;
  signatureAlgorithm: string;
  fingerprintSha1: string;
  fingerprintSha256: string;
  /** The PEM (public data): shown, copied, uploaded to Salesforce. */
  pem: string;
  derBytes: number;
  pemBytes: number;
  selfSigned: boolean;
}

export interface KeySummary {
  /** Changes whenever another key is loaded. */
  id: string;
  /** The certificate's Unique Name in Salesforce, and the JKS alias. */
  alias: string;
  keyBits: number;
  /** SHA-256 over the public key (SubjectPublicKeyInfo DER), hex with colons. */
  publicKeyFingerprintSha256: string;
  certificate?: CertificateSummary;
  source: 'generated' | 'imported' | 'profile';
}
