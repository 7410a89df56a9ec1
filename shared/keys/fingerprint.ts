import { sha1, sha256 } from './digest';

/** Hex in pairs with colons, upper case: the way `openssl x509 -fingerprint` and keytool print fingerprints. */
export function colonHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

export function sha1Fingerprint(bytes: Uint8Array): string {
  return colonHex(sha1(bytes));
}

export function sha256Fingerprint(bytes: Uint8Array): string {
  return colonHex(sha256(bytes));
}
