import forge from 'node-forge';
import type { Certificate } from './certificate';
import { checkCertificateKey } from './x509-read';

/** A certificate PEM this app wrote or already checked (the key vault's, a profile's). */
export function certificateFromPem(pem: string): Certificate {
  return checkCertificateKey(forge.pki.certificateFromPem(pem));
}
