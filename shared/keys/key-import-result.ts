import { INPUT_LIMITS } from '../files/input-limits';
import type { KeySummary } from './key-summary';

/** A key file is a few kilobytes; a keystore with a chain a few more. Anything over 1 MB is the wrong file. */
export const MAX_KEY_FILE_BYTES = INPUT_LIMITS.keyFile;

/** The formats an imported file is recognized as. */
export type KeyFileKind =
  | 'pkcs1-pem'
  | 'pkcs8-pem'
  | 'encrypted-pkcs8-pem'
  | 'legacy-encrypted-pem'
  | 'certificate-pem'
  | 'pem-bundle'
  | 'pkcs1-der'
  | 'pkcs8-der'
  | 'encrypted-pkcs8-der'
  | 'certificate-der'
  | 'pkcs12'
  | 'jks';

export const keyFileKindLabels: Record<KeyFileKind, string> = {
  'pkcs1-pem': 'RSA private key (PKCS#1 PEM)',
  'pkcs8-pem': 'private key (PKCS#8 PEM)',
  'encrypted-pkcs8-pem': 'encrypted private key (PKCS#8 PEM)',
  'legacy-encrypted-pem': 'encrypted private key (legacy PEM, Proc-Type)',
  'certificate-pem': 'certificate (PEM)',
  'pem-bundle': 'private key and certificate (PEM)',
  'pkcs1-der': 'RSA private key (PKCS#1 DER)',
  'pkcs8-der': 'private key (PKCS#8 DER)',
  'encrypted-pkcs8-der': 'encrypted private key (PKCS#8 DER)',
  'certificate-der': 'certificate (DER)',
  pkcs12: 'PKCS#12 keystore',
  jks: 'Java keystore (JKS)',
};

/** What importing a file did: the key now in use, what the file was, and what the user should know. */
export interface KeyImportResult {
  summary: KeySummary;
  kind: KeyFileKind;
  /** Plain sentences: the alias was renamed, the key has no certificate yet, and so on. */
  notes: string[];
}
