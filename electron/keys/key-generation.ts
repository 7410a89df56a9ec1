import { createPrivateKey, generateKeyPair, sign } from 'node:crypto';
import { promisify } from 'node:util';
import type { Sha256RsaSigner } from '../../shared/keys/certificate';
import type { KeySize } from '../../shared/keys/key-request';

const generateKeyPairAsync = promisify(generateKeyPair);

/**
 * A new RSA private key as PKCS#8 PEM, made by Node's native crypto (OpenSSL) on its thread pool: the
 * Electron main process and the web host stay responsive, and it is 10–20× faster than node-forge's
 * pure-JS generator, which must never run.
 */
export async function generateRsaPrivateKeyPem(bits: KeySize): Promise<string> {
  const { privateKey } = await generateKeyPairAsync('rsa', {
    modulusLength: bits,
    publicExponent: 0x10001,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return privateKey;
}

/** Signs certificates natively (RSASSA-PKCS1-v1_5 with SHA-256) instead of with node-forge's BigInteger code. */
export function nativeSigner(pkcs8Pem: string): Sha256RsaSigner {
  const key = createPrivateKey(pkcs8Pem);
  return (data) => sign('sha256', data, key);
}
