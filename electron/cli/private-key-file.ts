import { createPrivateKey } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { StudioError } from '../../shared/errors/studio-error';

const MAX_KEY_FILE_BYTES = 1024 * 1024;

/**
 * Reads an RSA private key file for signing (the CLI's `--key FILE`): PEM in PKCS#1 or PKCS#8, encrypted
 * PEM with a passphrase, or DER. Answers PKCS#8 PEM, the form jose and the key vault use.
 */
export async function readPrivateKeyFile(path: string, passphrase?: string): Promise<string> {
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > MAX_KEY_FILE_BYTES) {
      throw new StudioError(
        'file-too-large',
        `${path} is larger than 1 MB.`,
        'A private key file is a few kilobytes: is this the right file?',
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw new StudioError(
      'file-not-found',
      `Cannot read ${path}.`,
      'Check the path of the private key file (the .key you exported).',
    );
  }
  const text = bytes.toString('utf8');
  const isPem = text.includes('-----BEGIN');
  let key: ReturnType<typeof createPrivateKey>;
  try {
    key = isPem
      ? createPrivateKey({ key: text, format: 'pem', passphrase })
      : createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8', passphrase });
  } catch {
    if (/ENCRYPTED/.test(text) && !passphrase) {
      throw new StudioError(
        'key-encrypted',
        `${path} is encrypted.`,
        'Give its passphrase, or export the key unencrypted for signing.',
      );
    }
    throw new StudioError(
      passphrase ? 'wrong-password-or-not-a-key' : 'not-a-private-key',
      `${path} is not a readable private key${passphrase ? ' with that passphrase' : ''}.`,
      'Use the PEM private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY) that pairs with the certificate in Salesforce.',
    );
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new StudioError(
      'not-rsa',
      `${path} holds a ${key.asymmetricKeyType?.toUpperCase()} key.`,
      'Salesforce needs an RSA key (2048 bits or more) for RS256.',
    );
  }
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}
