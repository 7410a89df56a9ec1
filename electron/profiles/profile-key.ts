import forge from 'node-forge';
import { keyErrors } from '../../shared/keys/key-errors';
import { privateKeyFromPkcs8Pem, publicKeyOf, samePublicKey } from '../../shared/keys/rsa-key';
import { summarizeCertificate, summarizeKey } from '../../shared/keys/summary';
import { profileErrors } from '../../shared/profiles/profile-errors';
import type { KeyMaterial } from '../keys/key-vault';

/** Reads a stored or imported certificate, or throws a coded error naming where it came from. */
export function parseCertificate(pem: string, where: string): forge.pki.Certificate {
  try {
    return forge.pki.certificateFromPem(pem);
  } catch {
    throw profileErrors.raise('bad-certificate', `The certificate of ${where} cannot be read.`);
  }
}

/** The certificate facts the profile list shows (days left are counted now, not when it was saved). */
export function certificateFacts(pem: string, where: string) {
  const summary = summarizeCertificate(parseCertificate(pem, where));
  return { subject: summary.subject, notAfter: summary.notAfter, daysLeft: summary.daysLeft };
}

/** The key vault's material for a profile's key, with a fresh public summary. */
export function keyMaterialFrom(
  privateKeyPem: string,
  certificatePem: string | undefined,
  alias: string,
  where: string,
): KeyMaterial {
  let privateKey: ReturnType<typeof privateKeyFromPkcs8Pem>;
  try {
    privateKey = privateKeyFromPkcs8Pem(privateKeyPem);
  } catch {
    throw profileErrors.raise('bad-private-key', `The private key of ${where} cannot be read.`);
  }
  const publicKey = publicKeyOf(privateKey);
  const certificate = certificatePem === undefined ? undefined : parseCertificate(certificatePem, where);
  if (certificate && !samePublicKey(publicKey, certificate.publicKey as forge.pki.rsa.PublicKey)) {
    throw keyErrors.raise('key-certificate-mismatch', `The private key of ${where} does not pair with its certificate.`);
  }
  const summary = summarizeKey({ publicKey, certificate, alias, source: 'profile' });
  return certificatePem === undefined ? { privateKeyPem, summary } : { privateKeyPem, certificatePem, summary };
}

/** Whether a loaded key pairs with a certificate (for a profile saved without its private key). */
export function pairsWithCertificate(material: KeyMaterial, certificatePem: string): boolean {
  try {
    const cert = forge.pki.certificateFromPem(certificatePem);
    return samePublicKey(publicKeyOf(privateKeyFromPkcs8Pem(material.privateKeyPem)), cert.publicKey as forge.pki.rsa.PublicKey);
  } catch {
    return false;
  }
}
