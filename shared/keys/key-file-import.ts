import forge from 'node-forge';
import { StudioError } from '../errors/studio-error';
import { fileErrors } from '../files/file-errors';
import type { Certificate } from './certificate';
import { toBinary } from './forge-bytes';
import { isJks, readJks } from './jks';
import { keyErrors } from './key-errors';
import {
  corruptedFileError,
  noPrivateKeyError,
  passwordRequiredError,
  unknownFormatError,
  wrongPasswordError,
} from './key-file-errors';
import { type KeyFileKind, MAX_KEY_FILE_BYTES } from './key-import-result';
import { pairCertificate } from './key-pair';
import { decryptPbes2PrivateKeyInfo } from './pkcs8';
import { privateKeyFromPrivateKeyInfo, rsaKeyFromAsn1 } from './pkcs8-read';
import { isPkcs12Structure, readPkcs12 } from './pkcs12';
import { notRsaError, type RsaPrivateKey } from './rsa-key';
import { certificateFromAsn1, certificateFromDer } from './x509-read';

/** What a file holds, every key checked (RSA, ≥ 2048 bits) and a key paired with its certificate. */
export interface KeyFileContents {
  kind: KeyFileKind;
  privateKey?: RsaPrivateKey;
  /** The certificate of `privateKey` when the file holds both; else the file's first certificate. */
  certificate?: Certificate;
  /** The alias a JKS or PKCS#12 stored (friendlyName), as found. */
  alias?: string;
}

interface Found {
  kind: KeyFileKind;
  privateKey?: RsaPrivateKey;
  certificates: Certificate[];
  alias?: string;
}

function fileTooLarge(name: string): StudioError {
  return fileErrors.raise('file-too-large', `${name || 'This file'} is larger than 1 MB.`);
}

function decryptPkcs8(encrypted: forge.asn1.Asn1, password: string | undefined, what: string): RsaPrivateKey {
  if (password === undefined) throw passwordRequiredError(what);
  let info: forge.asn1.Asn1 | null;
  try {
    const pbes2 = decryptPbes2PrivateKeyInfo(encrypted, password);
    info = pbes2 === undefined ? forge.pki.decryptPrivateKeyInfo(encrypted, password) : pbes2;
  } catch (error) {
    if (error instanceof StudioError) throw error;
    // Unsupported schemes name themselves; anything else is a bad padding, i.e. the wrong password.
    if (error instanceof Error && /unsupported|cipher/i.test(error.message)) throw corruptedFileError(what, error.message);
    throw wrongPasswordError(what);
  }
  if (!info) throw wrongPasswordError(what);
  return privateKeyFromPrivateKeyInfo(info);
}

function der(body: string, what: string): forge.asn1.Asn1 {
  try {
    return forge.asn1.fromDer(body);
  } catch {
    throw corruptedFileError(what);
  }
}

/** PEM labels that are keys of another algorithm, and what they are. */
const NON_RSA_PEM: Record<string, string> = {
  'EC PRIVATE KEY': 'EC',
  'DSA PRIVATE KEY': 'DSA',
  'OPENSSH PRIVATE KEY': 'OpenSSH',
};

function readPemBlock(block: forge.pem.ObjectPEM, password: string | undefined): Found {
  const encrypted = block.procType?.type === 'ENCRYPTED';
  switch (block.type) {
    case 'RSA PRIVATE KEY': {
      if (!encrypted) return { kind: 'pkcs1-pem', privateKey: rsaKeyFromAsn1(der(block.body, 'private key')), certificates: [] };
      // Proc-Type: 4,ENCRYPTED with DEK-Info: what `openssl genrsa -des3` wrote before OpenSSL 3.
      if (password === undefined) throw passwordRequiredError('private key');
      let key: RsaPrivateKey | null;
      try {
        key = forge.pki.decryptRsaPrivateKey(forge.pem.encode(block), password) as RsaPrivateKey | null;
      } catch {
        key = null;
      }
      if (!key) throw wrongPasswordError('private key');
      return { kind: 'legacy-encrypted-pem', privateKey: rsaKeyFromAsn1(forge.pki.privateKeyToAsn1(key)), certificates: [] };
    }
    case 'PRIVATE KEY':
      return { kind: 'pkcs8-pem', privateKey: privateKeyFromPrivateKeyInfo(der(block.body, 'private key')), certificates: [] };
    case 'ENCRYPTED PRIVATE KEY':
      return {
        kind: 'encrypted-pkcs8-pem',
        privateKey: decryptPkcs8(der(block.body, 'private key'), password, 'private key'),
        certificates: [],
      };
    case 'CERTIFICATE':
    case 'X509 CERTIFICATE':
      return { kind: 'certificate-pem', certificates: [certificateFromAsn1(der(block.body, 'certificate'))] };
    case 'PUBLIC KEY':
    case 'RSA PUBLIC KEY':
      throw keyErrors.raise('public-key-only');
    default: {
      const other = NON_RSA_PEM[block.type];
      if (other) throw notRsaError(other);
      throw unknownFormatError(`A PEM "${block.type.slice(0, 40)}" block`);
    }
  }
}

function readPem(text: string, password: string | undefined, name: string): Found {
  let blocks: forge.pem.ObjectPEM[];
  try {
    blocks = forge.pem.decode(text);
  } catch {
    throw corruptedFileError('PEM file');
  }
  if (blocks.length === 0) throw corruptedFileError('PEM file', 'a BEGIN line without its END line');
  // `openssl ecparam -genkey` and `dsaparam -genkey` put a PARAMETERS block before the key: it is no key.
  const keyBlocks = blocks.filter((block) => !block.type.endsWith(' PARAMETERS'));
  if (keyBlocks.length === 0) throw unknownFormatError(name);
  const found = keyBlocks.map((block) => readPemBlock(block, password));
  const keys = found.flatMap((f) => (f.privateKey ? [f] : []));
  const certificates = found.flatMap((f) => f.certificates);
  if (keys.length > 1) {
    throw keyErrors.raise('several-keys', `${name || 'This file'} holds ${keys.length} private keys.`);
  }
  const key = keys[0];
  if (found.length === 1 || !key) return { ...(found[0] as Found), certificates };
  return { kind: 'pem-bundle', privateKey: key.privateKey as RsaPrivateKey, certificates };
}

function isSequenceOf(asn1: forge.asn1.Asn1, ...types: number[]): boolean {
  const items = Array.isArray(asn1.value) ? asn1.value : [];
  return asn1.type === forge.asn1.Type.SEQUENCE && types.every((t, i) => items[i]?.type === t && items[i]?.tagClass === 0);
}

/** Binary files: told apart by their ASN.1 shape, the way openssl's `-inform DER` decoders do. */
function readDer(bytes: Uint8Array, password: string | undefined, name: string): Found {
  const { Type } = forge.asn1;
  if (bytes[0] !== 0x30) throw unknownFormatError(name);
  const binary = toBinary(bytes);
  const asn1 = der(binary, 'file');
  if (isPkcs12Structure(asn1)) return { kind: 'pkcs12', ...readPkcs12(asn1, password) };
  const items = asn1.value as forge.asn1.Asn1[];
  // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE, signatureAlgorithm SEQUENCE, signature BIT STRING }
  if (isSequenceOf(asn1, Type.SEQUENCE, Type.SEQUENCE, Type.BITSTRING)) {
    return { kind: 'certificate-der', certificates: [certificateFromDer(binary)] };
  }
  // EncryptedPrivateKeyInfo ::= SEQUENCE { encryptionAlgorithm SEQUENCE, encryptedData OCTET STRING }
  if (isSequenceOf(asn1, Type.SEQUENCE, Type.OCTETSTRING) && items.length === 2) {
    return { kind: 'encrypted-pkcs8-der', privateKey: decryptPkcs8(asn1, password, 'private key'), certificates: [] };
  }
  // PrivateKeyInfo ::= SEQUENCE { version INTEGER, algorithm SEQUENCE, privateKey OCTET STRING }
  if (isSequenceOf(asn1, Type.INTEGER, Type.SEQUENCE, Type.OCTETSTRING)) {
    return { kind: 'pkcs8-der', privateKey: privateKeyFromPrivateKeyInfo(asn1), certificates: [] };
  }
  // RSAPrivateKey ::= SEQUENCE { version, n, e, d, p, q, dp, dq, qinv } (PKCS#1, nine INTEGERs)
  if (items.length >= 9 && items.every((i) => i.type === Type.INTEGER)) {
    return { kind: 'pkcs1-der', privateKey: rsaKeyFromAsn1(asn1), certificates: [] };
  }
  throw unknownFormatError(name);
}

/**
 * Reads any key, certificate or keystore a tutorial or a tool produces: PEM (PKCS#1, PKCS#8, encrypted
 * PKCS#8, legacy `Proc-Type: 4,ENCRYPTED`, certificates, bundles), DER keys and certificates, PKCS#12 and
 * JKS. Every failure is a coded error with a hint; a key and a certificate in one file must pair.
 */
export function readKeyFile(bytes: Uint8Array, options: { name: string; password?: string | undefined }): KeyFileContents {
  const { name, password } = options;
  if (bytes.length > MAX_KEY_FILE_BYTES) throw fileTooLarge(name);
  if (bytes.length === 0) throw unknownFormatError(name);
  let found: Found;
  if (isJks(bytes)) {
    if (password === undefined) throw passwordRequiredError('keystore');
    const entries = readJks(bytes, password);
    const entry = entries.find((e) => e.kind === 'private-key');
    if (!entry) throw noPrivateKeyError('keystore');
    found = {
      kind: 'jks',
      privateKey: privateKeyFromPrivateKeyInfo(der(toBinary(entry.pkcs8Der), 'keystore')),
      certificates: entry.chain.map((c) => certificateFromDer(toBinary(c))),
      alias: entry.alias,
    };
  } else {
    const text = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
    found = text.includes('-----BEGIN ')
      ? readPem(new TextDecoder().decode(bytes), password, name)
      : readDer(bytes, password, name);
  }
  const certificate = found.privateKey ? pairCertificate(found.privateKey, found.certificates) : found.certificates[0];
  return {
    kind: found.kind,
    ...(found.privateKey ? { privateKey: found.privateKey } : {}),
    ...(certificate ? { certificate } : {}),
    ...(found.alias ? { alias: found.alias } : {}),
  };
}
