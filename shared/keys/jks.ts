import { sha1 } from './digest';
import { concatBytes, sameBytes } from './forge-bytes';
import { DataReader, DataWriter, TruncatedError } from './java-data-stream';
import { passwordBytes, protectKey, recoverKey } from './jks-key-protector';
import { keyErrors } from './key-errors';
import { corruptedFileError, wrongPasswordError } from './key-file-errors';
import { assertKeystorePassword } from './keystore-password';

/**
 * The Java KeyStore format (OpenJDK sun/security/provider/JavaKeyStore.java), the only keystore Salesforce's
 * Certificate and Key Management → Import from Keystore accepts. Layout and traps: docs/jks-format.md.
 */
const MAGIC = 0xfeedfeed;
const JCEKS_MAGIC = 0xcececece;
const VERSION_1 = 1;
const VERSION_2 = 2;
const TAG_PRIVATE_KEY = 1;
const TAG_TRUSTED_CERT = 2;
const CERT_TYPE = 'X.509';
const DIGEST_LENGTH = 20;
/** JavaKeyStore mixes this phrase into the integrity digest. */
const WHITENER = new TextEncoder().encode('Mighty Aphrodite');

export type JksEntry =
  | { kind: 'private-key'; alias: string; created: Date; pkcs8Der: Uint8Array; chain: Uint8Array[] }
  | { kind: 'trusted-certificate'; alias: string; created: Date; certificateDer: Uint8Array };

export function isJks(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0) === MAGIC;
}

function integrityDigest(password: string, body: Uint8Array): Uint8Array {
  return sha1(passwordBytes(password), WHITENER, body);
}

/**
 * A JKS with one PrivateKeyEntry: the PKCS#8 key protected with the store password (Salesforce requires the
 * key password to equal the keystore password) and its certificate chain. `alias` must already be a
 * lower-cased valid alias (see alias.ts): JKS looks aliases up lower-cased.
 */
export function writeJks(options: {
  alias: string;
  pkcs8Der: Uint8Array;
  chain: Uint8Array[];
  password: string;
  created?: Date;
}): Uint8Array {
  const password = assertKeystorePassword(options.password);
  if (options.alias !== options.alias.toLowerCase()) throw new Error('writeJks: the alias must be lower-cased first');
  const body = new DataWriter()
    .u32(MAGIC)
    .u32(VERSION_2)
    .u32(1)
    .u32(TAG_PRIVATE_KEY)
    .utf(options.alias)
    .u64((options.created ?? new Date()).getTime())
    .block(protectKey(options.pkcs8Der, password))
    .u32(options.chain.length);
  for (const der of options.chain) body.utf(CERT_TYPE).block(der);
  const bytes = body.toBytes();
  return concatBytes([bytes, integrityDigest(password, bytes)]);
}

/** An entry as stored: the private key still protected. */
type StoredEntry =
  | { kind: 'private-key'; alias: string; created: Date; protectedKey: Uint8Array; chain: Uint8Array[] }
  | Extract<JksEntry, { kind: 'trusted-certificate' }>;

function readEntries(reader: DataReader): StoredEntry[] {
  const magic = reader.u32();
  if (magic === JCEKS_MAGIC) {
    throw keyErrors.raise('unsupported-keystore');
  }
  if (magic !== MAGIC) throw corruptedFileError('keystore', 'no JKS signature');
  const version = reader.u32();
  if (version !== VERSION_1 && version !== VERSION_2) throw corruptedFileError('keystore', `unknown version ${version}`);
  const count = reader.u32();
  const entries: StoredEntry[] = [];
  for (let i = 0; i < count; i++) {
    const tag = reader.u32();
    const alias = reader.utf();
    const created = new Date(reader.u64());
    const readCert = () => {
      if (version === VERSION_2) reader.utf();
      return reader.block();
    };
    if (tag === TAG_PRIVATE_KEY) {
      const protectedKey = reader.block();
      const chain = Array.from({ length: reader.u32() }, readCert);
      entries.push({ kind: 'private-key', alias, created, chain, protectedKey });
    } else if (tag === TAG_TRUSTED_CERT) {
      entries.push({ kind: 'trusted-certificate', alias, created, certificateDer: readCert() });
    } else {
      throw corruptedFileError('keystore', `unknown entry type ${tag}`);
    }
  }
  return entries;
}

/**
 * Reads a JKS, checking its integrity digest with `password` (like keytool, a mismatch means a wrong password
 * or a tampered file) and recovering each private key with the same password.
 */
export function readJks(bytes: Uint8Array, password: string): JksEntry[] {
  const reader = new DataReader(bytes);
  let stored: StoredEntry[];
  try {
    stored = readEntries(reader);
    reader.bytes(DIGEST_LENGTH);
  } catch (error) {
    if (error instanceof TruncatedError) throw corruptedFileError('keystore', 'it ends too early');
    throw error;
  }
  const body = bytes.subarray(0, reader.offset - DIGEST_LENGTH);
  const trailer = bytes.subarray(reader.offset - DIGEST_LENGTH, reader.offset);
  if (!sameBytes(integrityDigest(password, body), trailer)) throw wrongPasswordError('keystore');
  return stored.map((entry): JksEntry => {
    if (entry.kind !== 'private-key') return entry;
    const { protectedKey, ...rest } = entry;
    const recovered = recoverKey(protectedKey, password);
    if (recovered.ok) return { ...rest, kind: 'private-key', pkcs8Der: recovered.pkcs8Der };
    if (recovered.reason === 'wrong-password') {
      throw keyErrors.raise(
        'key-password-differs',
        `The key "${rest.alias}" has its own password, different from the keystore password.`,
      );
    }
    throw corruptedFileError('keystore', 'its private key is not readable');
  });
}
