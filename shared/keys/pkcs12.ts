import forge from 'node-forge';
import type { Certificate } from './certificate';
import { fromBinary } from './forge-bytes';
import { corruptedFileError, noPrivateKeyError, passwordRequiredError, wrongPasswordError } from './key-file-errors';
import { privateKeyFromPrivateKeyInfo } from './pkcs8-read';
import type { RsaPrivateKey } from './rsa-key';
import { certificateFromAsn1, checkCertificateKey } from './x509-read';

/**
 * PKCS#12 (`.p12`/`.pfx`) "for other tools": the key in a PBES2/AES-256 shrouded key bag, the certificate
 * chain, the alias as friendlyName (so the alias is not `1`, the trap of `openssl pkcs12 -export` without
 * `-name`). Salesforce's Import from Keystore does not take it (JKS only).
 */
export function writePkcs12(options: {
  privateKey: RsaPrivateKey;
  chain: Certificate[];
  password: string;
  alias: string;
}): Uint8Array {
  const asn1 = forge.pkcs12.toPkcs12Asn1(options.privateKey, options.chain, options.password, {
    algorithm: 'aes256',
    prfAlgorithm: 'sha256',
    friendlyName: options.alias,
    generateLocalKeyId: true,
  } as Parameters<typeof forge.pkcs12.toPkcs12Asn1>[3]);
  return fromBinary(forge.asn1.toDer(asn1).getBytes());
}

export interface Pkcs12Contents {
  privateKey: RsaPrivateKey;
  certificates: Certificate[];
  alias?: string;
}

type Bag = forge.pkcs12.Bag & { asn1?: forge.asn1.Asn1 };

class WrongPkcs12Password extends Error {}

function parse(asn1: forge.asn1.Asn1, password: string): forge.pkcs12.Pkcs12Pfx {
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/MAC could not be verified|Invalid password|wrong password/i.test(message)) throw new WrongPkcs12Password();
    throw corruptedFileError('PKCS#12 file');
  }
}

/**
 * The key and certificates of a PKCS#12, as OpenSSL 3 and keytool write them (PBES2/AES-256 or the legacy
 * 3DES/RC2 schemes, SHA-1 or SHA-256 MAC). Without a password, the empty password is tried first: some
 * exports have none.
 */
export function readPkcs12(asn1: forge.asn1.Asn1, password: string | undefined): Pkcs12Contents {
  let pfx: forge.pkcs12.Pkcs12Pfx;
  try {
    pfx = parse(asn1, password ?? '');
  } catch (error) {
    if (!(error instanceof WrongPkcs12Password)) throw error;
    throw password === undefined ? passwordRequiredError('PKCS#12 file') : wrongPasswordError('PKCS#12 file');
  }
  const bags = (type: string) => (pfx.getBags({ bagType: type })[type] ?? []) as Bag[];
  const keyBags = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag as string), ...bags(forge.pki.oids.keyBag as string)];
  const keyBag = keyBags[0];
  if (!keyBag) throw noPrivateKeyError('PKCS#12 file');
  const privateKey = keyBag.asn1 ? privateKeyFromPrivateKeyInfo(keyBag.asn1) : (keyBag.key as RsaPrivateKey | undefined);
  if (!privateKey) throw corruptedFileError('PKCS#12 file', 'its key bag is empty');
  // Non-RSA certificates stay undecoded in `asn1`; certificateFromAsn1 names their algorithm.
  const certificates = bags(forge.pki.oids.certBag as string).flatMap((bag) =>
    bag.cert ? [checkCertificateKey(bag.cert)] : bag.asn1 ? [certificateFromAsn1(bag.asn1)] : [],
  );
  const friendlyName: string | undefined = keyBag.attributes?.friendlyName?.[0];
  return { privateKey, certificates, ...(friendlyName ? { alias: friendlyName } : {}) };
}

export function isPkcs12Structure(asn1: forge.asn1.Asn1): boolean {
  const [version, authSafe] = Array.isArray(asn1.value) ? asn1.value : [];
  return version?.type === forge.asn1.Type.INTEGER && version.value === '\x03' && authSafe?.type === forge.asn1.Type.SEQUENCE;
}
