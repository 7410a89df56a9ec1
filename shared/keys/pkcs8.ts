import forge from 'node-forge';
import { StudioError } from '../errors/studio-error';
import { fromBinary } from './forge-bytes';
import { pem, type RsaPrivateKey } from './rsa-key';

/**
 * PBKDF2 iterations for an encrypted PKCS#8 key: OpenSSL's default for `openssl pkcs8 -topk8`
 * (PKCS5_DEFAULT_ITER), so the file opens in every tool at the speed users expect.
 */
const PBKDF2_ITERATIONS = 2048;

/**
 * The private key as encrypted PKCS#8 (`ENCRYPTED PRIVATE KEY`): PBES2 with PBKDF2-HMAC-SHA256 and
 * AES-256-CBC, the scheme OpenSSL 3 writes. Note for users: `sf org login jwt --jwt-key-file` needs the key
 * unencrypted.
 */
export function encryptPrivateKeyPem(key: RsaPrivateKey, passphrase: string): string {
  if (passphrase === '') {
    throw new StudioError('passphrase-empty', 'The passphrase is empty.', 'Type a passphrase, or export the key without one.');
  }
  const info = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key));
  const encrypted = forge.pki.encryptPrivateKeyInfo(info, passphrase, {
    algorithm: 'aes256',
    prfAlgorithm: 'sha256',
    count: PBKDF2_ITERATIONS,
    saltSize: 16,
  } as forge.pki.EncryptionOptions);
  return pem('ENCRYPTED PRIVATE KEY', fromBinary(forge.asn1.toDer(encrypted).getBytes()));
}
