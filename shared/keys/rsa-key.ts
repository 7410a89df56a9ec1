import forge from 'node-forge';
import type { StudioError } from '../errors/studio-error';
import { fromBinary, toBinary } from './forge-bytes';
import { keyErrors } from './key-errors';

export type RsaPrivateKey = forge.pki.rsa.PrivateKey;
export type RsaPublicKey = forge.pki.rsa.PublicKey;

/** Salesforce verifies RS256 signatures with keys of 2048 bits or more. */
export const MIN_RSA_BITS = 2048;

/** Key algorithms other than RSA, named for the error message. */
const OTHER_KEY_ALGORITHMS: Record<string, string> = {
  '1.2.840.10045.2.1': 'EC',
  '1.2.840.10040.4.1': 'DSA',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
  '1.2.840.113549.1.1.10': 'RSA-PSS',
};
export const RSA_ENCRYPTION_OID = '1.2.840.113549.1.1.1';

export function notRsaError(algorithm: string): StudioError {
  // "an EC key", "an Ed25519 key", but "a DSA key": the article follows the sound of the first letter.
  const article = /^[AEFHILMNORSX]/.test(algorithm) && !algorithm.startsWith('non') ? 'an' : 'a';
  return keyErrors.raise('not-rsa', `This is ${article} ${algorithm} key. Salesforce needs an RSA key.`);
}

/** The name of a non-RSA key algorithm OID (SubjectPublicKeyInfo or PrivateKeyInfo), for the error message. */
export function nonRsaAlgorithmName(oid: string): string {
  return OTHER_KEY_ALGORITHMS[oid] ?? `non-RSA (${oid})`;
}

export function rsaBits(key: RsaPrivateKey | RsaPublicKey): number {
  return key.n.bitLength();
}

/** Refuses keys Salesforce would refuse: under 2048 bits. */
export function assertKeyStrength(key: RsaPrivateKey | RsaPublicKey): void {
  const bits = rsaBits(key);
  if (bits < MIN_RSA_BITS) {
    throw keyErrors.raise('key-too-small', `This RSA key has ${bits} bits; Salesforce needs at least ${MIN_RSA_BITS}.`);
  }
}

export function publicKeyOf(key: RsaPrivateKey): RsaPublicKey {
  return forge.pki.setRsaPublicKey(key.n, key.e);
}

/** PKCS#8 PrivateKeyInfo DER: what JKS, PKCS#12 and `sf org login jwt` expect (PKCS#1 is not accepted by JKS). */
export function privateKeyToPkcs8Der(key: RsaPrivateKey): Uint8Array {
  const info = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key));
  return fromBinary(forge.asn1.toDer(info).getBytes());
}

export function privateKeyToPkcs8Pem(key: RsaPrivateKey): string {
  return pem('PRIVATE KEY', privateKeyToPkcs8Der(key));
}

export function privateKeyFromPkcs8Pem(pkcs8Pem: string): RsaPrivateKey {
  return forge.pki.privateKeyFromPem(pkcs8Pem) as RsaPrivateKey;
}

export function publicKeyDer(key: RsaPublicKey): Uint8Array {
  return fromBinary(forge.asn1.toDer(forge.pki.publicKeyToAsn1(key)).getBytes());
}

/** Two RSA keys pair when their moduli and exponents are equal (what `openssl x509 -modulus` compares). */
export function samePublicKey(a: RsaPublicKey, b: RsaPublicKey): boolean {
  return a.n.equals(b.n) && a.e.equals(b.e);
}

export function pem(label: string, der: Uint8Array): string {
  return forge.pem.encode({ type: label, body: toBinary(der) }, { maxline: 64 }).replace(/\r\n/g, '\n');
}
