import { type Certificate, certificateToDer } from './certificate';
import { sha256Fingerprint } from './fingerprint';
import { keyErrors } from './key-errors';
import { publicKeyOf, type RsaPrivateKey, type RsaPublicKey, samePublicKey } from './rsa-key';
import { publicKeyFingerprint } from './summary';

/**
 * The certificate (of those given) that belongs to `key`. Salesforce checks the JWT signature with the
 * uploaded certificate's public key, so a key and a certificate that do not pair give `invalid_grant /
 * invalid assertion` at every login: refuse them here, naming both fingerprints.
 */
export function pairCertificate(key: RsaPrivateKey, certificates: Certificate[]): Certificate | undefined {
  if (certificates.length === 0) return undefined;
  const publicKey = publicKeyOf(key);
  const match = certificates.find((c) => samePublicKey(c.publicKey as RsaPublicKey, publicKey));
  if (match) return match;
  const cert = certificates[0] as Certificate;
  throw keyErrors.raise(
    'key-certificate-mismatch',
    `The private key (public key SHA-256 ${publicKeyFingerprint(publicKey)}) does not pair with the certificate (SHA-256 ${sha256Fingerprint(certificateToDer(cert))}, public key SHA-256 ${publicKeyFingerprint(cert.publicKey as RsaPublicKey)}).`,
  );
}
