import forge from 'node-forge';
import { fromBinary } from './forge-bytes';
import { keyErrors } from './key-errors';
import { pem, type RsaPrivateKey } from './rsa-key';

/**
 * PBKDF2-HMAC-SHA256 iterations for an encrypted PKCS#8 key: OWASP's Password Storage Cheat Sheet figure for
 * PBKDF2-HMAC-SHA256 (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html), not
 * OpenSSL's default of 2,048, which made a stolen .key 185 times cheaper to guess than a sealed profile.
 * OpenSSL reads any count.
 */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const AES_256_KEY_BYTES = 32;
const AES_IV_BYTES = 16;

const { asn1 } = forge;
const { oids } = forge.pki;
const seq = (value: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, value);
const oid = (name: string) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oids[name] as string).getBytes());
const octets = (bytes: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes);
const integer = (n: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());

/**
 * The private key as encrypted PKCS#8 (`ENCRYPTED PRIVATE KEY`): PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC
 * (RFC 8018 §6.2, §A.2), the scheme OpenSSL 3 writes. Built here rather than by forge's encryptPrivateKeyInfo,
 * which hands PBKDF2 a digest object and so always runs its pure-JavaScript PBKDF2 (4 s for 600,000 rounds);
 * given the digest's name, forge.pkcs5.pbkdf2 uses the platform's own when there is one.
 * Note for users: `sf org login jwt --jwt-key-file` needs the key unencrypted.
 */
export function encryptPrivateKeyPem(key: RsaPrivateKey, passphrase: string): string {
  if (passphrase === '') {
    throw keyErrors.raise('passphrase-empty');
  }
  const info = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key));
  const salt = forge.random.getBytesSync(SALT_BYTES);
  const iv = forge.random.getBytesSync(AES_IV_BYTES);
  const derived = forge.pkcs5.pbkdf2(forge.util.encodeUtf8(passphrase), salt, PBKDF2_ITERATIONS, AES_256_KEY_BYTES, 'sha256');
  const cipher = forge.cipher.createCipher('AES-CBC', derived);
  cipher.start({ iv });
  cipher.update(asn1.toDer(info));
  cipher.finish();
  const pbkdf2Params = seq([
    octets(salt),
    integer(PBKDF2_ITERATIONS),
    integer(AES_256_KEY_BYTES),
    seq([oid('hmacWithSHA256'), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]),
  ]);
  const algorithm = seq([
    oid('pkcs5PBES2'),
    seq([seq([oid('pkcs5PBKDF2'), pbkdf2Params]), seq([oid('aes256-CBC'), octets(iv)])]),
  ]);
  const encrypted = seq([algorithm, octets(cipher.output.getBytes())]);
  return pem('ENCRYPTED PRIVATE KEY', fromBinary(asn1.toDer(encrypted).getBytes()));
}

/** More PBKDF2 rounds than any tool writes: a file asking for them is built to stall the import. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

const PRF_DIGESTS: Record<string, 'sha1' | 'sha256' | 'sha384' | 'sha512'> = {
  [oids.hmacWithSHA1 as string]: 'sha1',
  [oids.hmacWithSHA256 as string]: 'sha256',
  [oids.hmacWithSHA384 as string]: 'sha384',
  [oids.hmacWithSHA512 as string]: 'sha512',
};
const AES_KEY_BYTES: Record<string, number> = {
  [oids['aes128-CBC'] as string]: 16,
  [oids['aes192-CBC'] as string]: 24,
  [oids['aes256-CBC'] as string]: 32,
};

function oidOf(node: forge.asn1.Asn1 | undefined): string | undefined {
  return node && node.type === asn1.Type.OID && typeof node.value === 'string' ? asn1.derToOid(node.value) : undefined;
}
function children(node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] {
  return node && Array.isArray(node.value) ? node.value : [];
}
function bytesOf(node: forge.asn1.Asn1 | undefined): string | undefined {
  return node && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * Decrypts a PBES2 / PBKDF2 / AES-CBC EncryptedPrivateKeyInfo (what OpenSSL 3 and this app write) with the
 * platform's PBKDF2 when there is one, so a 600,000-round key opens in a fraction of a second. Answers undefined
 * for any other scheme (forge's own decryption handles those), null for a wrong passphrase.
 */
export function decryptPbes2PrivateKeyInfo(encrypted: forge.asn1.Asn1, passphrase: string): forge.asn1.Asn1 | null | undefined {
  const [algorithm, data] = children(encrypted);
  const [schemeOid, schemeParams] = children(algorithm);
  if (oidOf(schemeOid) !== oids.pkcs5PBES2) return undefined;
  const [kdf, encryption] = children(schemeParams);
  const [kdfOid, kdfParams] = children(kdf);
  const [encOid, ivNode] = children(encryption);
  if (oidOf(kdfOid) !== oids.pkcs5PBKDF2) return undefined;
  const [saltNode, countNode, ...rest] = children(kdfParams);
  const prfNode = rest.find((node) => Array.isArray(node.value));
  const digest = prfNode ? PRF_DIGESTS[oidOf(children(prfNode)[0]) ?? ''] : 'sha1';
  const keyBytes = AES_KEY_BYTES[oidOf(encOid) ?? ''];
  const salt = bytesOf(saltNode);
  const iv = bytesOf(ivNode);
  const ciphertext = bytesOf(data);
  const countBytes = bytesOf(countNode);
  if (!digest || !keyBytes || salt === undefined || iv === undefined || ciphertext === undefined || !countBytes) return undefined;
  const count = forge.util.createBuffer(countBytes).getInt(countBytes.length * 8);
  if (count < 1 || count > MAX_PBKDF2_ITERATIONS) {
    throw keyErrors.raise(
      'key-iterations-too-high',
      `The key file asks for ${count} PBKDF2 rounds; tools write at most a few million.`,
    );
  }
  const derived = forge.pkcs5.pbkdf2(forge.util.encodeUtf8(passphrase), salt, count, keyBytes, digest);
  const decipher = forge.cipher.createDecipher('AES-CBC', derived);
  decipher.start({ iv });
  decipher.update(forge.util.createBuffer(ciphertext));
  if (!decipher.finish()) return null;
  try {
    return asn1.fromDer(decipher.output);
  } catch {
    return null;
  }
}
