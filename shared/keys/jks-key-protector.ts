import forge from 'node-forge';
import { sha1 } from './digest';
import { concatBytes, fromBinary, sameBytes, toBinary } from './forge-bytes';

/**
 * Sun's KeyProtector (OpenJDK sun/security/provider/KeyProtector.java), the way JKS protects a private key:
 * a SHA-1 keystream seeded with a random salt and keyed by the password, XORed over the PKCS#8 key, and a
 * SHA-1 check over the password and the plaintext. Wrapped as EncryptedPrivateKeyInfo with Sun's OID.
 * Facts from docs/jks-format.md.
 */
const KEY_PROTECTOR_OID = '1.3.6.1.4.1.42.2.17.1.1';
const SALT_LENGTH = 20;
const DIGEST_LENGTH = 20;

/** Java's password bytes: UTF-16BE code units, no byte order mark. */
export function passwordBytes(password: string): Uint8Array {
  const out = new Uint8Array(password.length * 2);
  for (let i = 0; i < password.length; i++) {
    const unit = password.charCodeAt(i);
    out[2 * i] = unit >>> 8;
    out[2 * i + 1] = unit & 0xff;
  }
  return out;
}

function keystreamXor(password: Uint8Array, salt: Uint8Array, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  let block = salt;
  for (let at = 0; at < data.length; at += DIGEST_LENGTH) {
    block = sha1(password, block);
    for (let i = 0; i < DIGEST_LENGTH && at + i < data.length; i++) out[at + i] = (data[at + i] as number) ^ (block[i] as number);
  }
  return out;
}

/** The EncryptedPrivateKeyInfo DER holding `pkcs8Der` protected with `password`. */
export function protectKey(
  pkcs8Der: Uint8Array,
  password: string,
  salt: Uint8Array = fromBinary(forge.random.getBytesSync(SALT_LENGTH)),
): Uint8Array {
  const pw = passwordBytes(password);
  const encrypted = keystreamXor(pw, salt, pkcs8Der);
  const check = sha1(pw, pkcs8Der);
  const { asn1 } = forge;
  const info = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(KEY_PROTECTOR_OID).getBytes()),
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
    ]),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, toBinary(concatBytes([salt, encrypted, check]))),
  ]);
  return fromBinary(asn1.toDer(info).getBytes());
}

export type RecoverResult =
  | { ok: true; pkcs8Der: Uint8Array }
  | { ok: false; reason: 'wrong-password' | 'unsupported' | 'corrupted' };

/** The PKCS#8 DER back from a protected key, checking the SHA-1 check value (a wrong password fails it). */
export function recoverKey(protectedDer: Uint8Array, password: string): RecoverResult {
  let info: forge.asn1.Asn1;
  try {
    info = forge.asn1.fromDer(toBinary(protectedDer));
  } catch {
    return { ok: false, reason: 'corrupted' };
  }
  const [algorithm, octets] = (info.value as forge.asn1.Asn1[]) ?? [];
  const oidNode = (algorithm?.value as forge.asn1.Asn1[] | undefined)?.[0];
  if (!oidNode || typeof oidNode.value !== 'string' || !octets || typeof octets.value !== 'string') {
    return { ok: false, reason: 'corrupted' };
  }
  if (forge.asn1.derToOid(oidNode.value) !== KEY_PROTECTOR_OID) return { ok: false, reason: 'unsupported' };
  const bytes = fromBinary(octets.value);
  if (bytes.length <= SALT_LENGTH + DIGEST_LENGTH) return { ok: false, reason: 'corrupted' };
  const salt = bytes.subarray(0, SALT_LENGTH);
  const encrypted = bytes.subarray(SALT_LENGTH, bytes.length - DIGEST_LENGTH);
  const check = bytes.subarray(bytes.length - DIGEST_LENGTH);
  const pw = passwordBytes(password);
  const plain = keystreamXor(pw, salt, encrypted);
  return sameBytes(sha1(pw, plain), check) ? { ok: true, pkcs8Der: plain } : { ok: false, reason: 'wrong-password' };
}
