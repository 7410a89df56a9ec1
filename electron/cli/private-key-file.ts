import { createPrivateKey } from 'node:crypto';
import { INPUT_LIMITS } from '../../shared/files/input-limits';
import { keyErrors } from '../../shared/keys/key-errors';
import { readBounded } from '../files/bounded-read';

/**
 * Reads an RSA private key file for signing (the CLI's `--key FILE`): PEM in PKCS#1 or PKCS#8, encrypted
 * PEM with a passphrase, or DER. Answers PKCS#8 PEM, the form jose and the key vault use.
 */
export async function readPrivateKeyFile(path: string, passphrase?: string): Promise<string> {
  const bytes = await readBounded(path, { maxBytes: INPUT_LIMITS.keyFile, what: 'a private key file' });
  const text = bytes.toString('utf8');
  const isPem = text.includes('-----BEGIN');
  let key: ReturnType<typeof createPrivateKey>;
  try {
    key = isPem
      ? createPrivateKey({ key: text, format: 'pem', passphrase })
      : createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8', passphrase });
  } catch {
    if (/ENCRYPTED/.test(text) && !passphrase) {
      throw keyErrors.raise('key-encrypted', `${path} is encrypted.`, { command: 'sf-jwt-studio', file: path });
    }
    throw keyErrors.raise(
      passphrase ? 'wrong-password-or-not-a-key' : 'not-a-private-key',
      `${path} is not a readable private key${passphrase ? ' with that passphrase' : ''}.`,
    );
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw keyErrors.raise('not-rsa', `${path} holds a ${key.asymmetricKeyType?.toUpperCase()} key.`);
  }
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}
