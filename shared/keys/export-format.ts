/**
 * The files the Keys page exports, and where each one goes in Salesforce. Plain data, shared by the Node
 * side (which builds the bytes) and the renderer (which labels the buttons).
 */
export const EXPORT_FORMATS = ['crt-pem', 'cer-der', 'key-pem', 'jks', 'p12'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  label: string;
  extension: string;
  mime: string;
  /** Private keys and keystores are secrets: saved with mode 0600. */
  secret: boolean;
  password: 'none' | 'optional' | 'required';
  /** Where the file goes, in the words of Salesforce Setup. */
  where: string;
}

export const exportFormats: Record<ExportFormat, ExportFormatInfo> = {
  'crt-pem': {
    label: 'Certificate (.crt, PEM)',
    extension: 'crt',
    mime: 'application/x-pem-file',
    secret: false,
    password: 'none',
    where:
      'Upload it in the app: Connected App → Edit → API (Enable OAuth Settings) → Use digital signatures; External Client App → Settings → OAuth → Enable JWT Bearer Flow.',
  },
  'cer-der': {
    label: 'Certificate (.cer, DER)',
    extension: 'cer',
    mime: 'application/pkix-cert',
    secret: false,
    password: 'none',
    where:
      'The smaller binary form of the same certificate, for uploads that refuse the PEM (Salesforce refuses certificates over 4 KB).',
  },
  'key-pem': {
    label: 'Private key (.key, PKCS#8 PEM)',
    extension: 'key',
    mime: 'application/x-pem-file',
    secret: true,
    password: 'optional',
    where:
      'Stays with you: sf org login jwt --jwt-key-file, or your integration signs with it. The sf CLI needs it unencrypted, without a passphrase.',
  },
  jks: {
    label: 'Java keystore (.jks)',
    extension: 'jks',
    mime: 'application/x-java-keystore',
    secret: true,
    password: 'required',
    where: 'Setup → Certificate and Key Management → Import from Keystore (JKS only; the alias becomes the Unique Name).',
  },
  p12: {
    label: 'PKCS#12 (.p12)',
    extension: 'p12',
    mime: 'application/x-pkcs12',
    secret: true,
    password: 'required',
    where:
      'For other tools (Java, .NET, Postman, MuleSoft). Salesforce’s Import from Keystore does not take it: use the .jks there.',
  },
};

/** Salesforce refuses certificates over 4 KB (see docs/salesforce-jwt.md, "The certificate"). */
export const SALESFORCE_CERTIFICATE_MAX_BYTES = 4096;
