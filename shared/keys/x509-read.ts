import forge from 'node-forge';
import type { Certificate } from './certificate';
import { corruptedFileError } from './key-file-errors';
import { assertKeyStrength, nonRsaAlgorithmName, notRsaError, RSA_ENCRYPTION_OID, type RsaPublicKey } from './rsa-key';

/** The algorithm OID of a certificate's SubjectPublicKeyInfo, read before node-forge (which knows RSA only). */
function publicKeyAlgorithmOid(cert: forge.asn1.Asn1): string | undefined {
  const tbs = (cert.value as forge.asn1.Asn1[])[0];
  const fields = tbs?.value;
  if (!Array.isArray(fields)) return undefined;
  // TBSCertificate: [0] version (optional, context tag), serial, signature, issuer, validity, subject, spki.
  const spki = fields[fields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 6 : 5];
  const algorithm = (spki?.value as forge.asn1.Asn1[] | undefined)?.[0];
  const oid = (algorithm?.value as forge.asn1.Asn1[] | undefined)?.[0]?.value;
  return typeof oid === 'string' ? forge.asn1.derToOid(oid) : undefined;
}

/** An RSA certificate of 2048 bits or more from its ASN.1, or the coded error saying why not. */
export function certificateFromAsn1(asn1: forge.asn1.Asn1): Certificate {
  const oid = publicKeyAlgorithmOid(asn1);
  if (oid === undefined) throw corruptedFileError('certificate');
  if (oid !== RSA_ENCRYPTION_OID) throw notRsaError(nonRsaAlgorithmName(oid));
  let cert: Certificate;
  try {
    cert = forge.pki.certificateFromAsn1(asn1);
  } catch {
    throw corruptedFileError('certificate');
  }
  return checkCertificateKey(cert);
}

/** Refuses a certificate whose RSA key Salesforce would refuse (under 2048 bits). */
export function checkCertificateKey(cert: Certificate): Certificate {
  assertKeyStrength(cert.publicKey as RsaPublicKey);
  return cert;
}

export function certificateFromDer(binary: string): Certificate {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(binary);
  } catch {
    throw corruptedFileError('certificate');
  }
  return certificateFromAsn1(asn1);
}
