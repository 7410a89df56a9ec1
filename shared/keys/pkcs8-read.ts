import forge from 'node-forge';
import { corruptedFileError } from './key-file-errors';
import { assertKeyStrength, nonRsaAlgorithmName, notRsaError, RSA_ENCRYPTION_OID, type RsaPrivateKey } from './rsa-key';

/** An RSA key of 2048 bits or more from a PKCS#8 PrivateKeyInfo, or the coded error (EC, DSA, small, damaged). */
export function privateKeyFromPrivateKeyInfo(info: forge.asn1.Asn1): RsaPrivateKey {
  const algorithm = (info.value as forge.asn1.Asn1[])[1];
  const oidNode = (algorithm?.value as forge.asn1.Asn1[] | undefined)?.[0];
  if (!oidNode || typeof oidNode.value !== 'string') throw corruptedFileError('private key');
  const oid = forge.asn1.derToOid(oidNode.value);
  if (oid !== RSA_ENCRYPTION_OID) throw notRsaError(nonRsaAlgorithmName(oid));
  return rsaKeyFromAsn1(info);
}

/** PKCS#1 RSAPrivateKey or PKCS#8 PrivateKeyInfo (node-forge accepts both), checked for strength. */
export function rsaKeyFromAsn1(asn1: forge.asn1.Asn1): RsaPrivateKey {
  let key: RsaPrivateKey;
  try {
    key = forge.pki.privateKeyFromAsn1(asn1) as RsaPrivateKey;
  } catch {
    throw corruptedFileError('private key');
  }
  assertKeyStrength(key);
  return key;
}
