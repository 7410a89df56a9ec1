import { randomBytes, scrypt } from 'node:crypto';
import { StudioError } from '../../shared/errors/studio-error';
import { passphraseProblem } from '../../shared/profiles/passphrase';
import type { SealedSecret } from '../../shared/profiles/sealed-secret';
import type { PlatformSecrets } from '../host/platform-secrets';
import { gcmOpen, gcmSeal } from '../keys/aes-gcm';

/**
 * Encrypts private keys at rest. With a passphrase: scrypt (N=2^15, r=8, p=1, the interactive-login cost
 * RFC 7914 section 2 suggests) derives a 256-bit key; AES-256-GCM encrypts, and its tag makes a wrong
 * passphrase or a modified file fail loudly instead of yielding garbage. The associated data ties the
 * ciphertext to its purpose.
 */
const SCRYPT = { n: 32_768, r: 8, p: 1 } as const;
const ASSOCIATED_DATA = Buffer.from('sf-jwt-studio private key v1');

function deriveKey(passphrase: string, salt: Buffer, params: { n: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      32,
      { N: params.n, r: params.r, p: params.p, maxmem: 256 * params.n * params.r },
      (error, key) =>
        error
          ? reject(
              new StudioError(
                'key-derivation-failed',
                'The passphrase key could not be derived with the parameters in this file.',
                'The file may be damaged: export the profile again from SF JWT Studio.',
              ),
            )
          : resolve(key),
    );
  });
}

export async function sealWithPassphrase(plain: string, passphrase: string): Promise<SealedSecret> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new StudioError('weak-passphrase', 'This passphrase is too short to protect a private key.', problem);
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, SCRYPT);
  const { iv, tag, ciphertext } = gcmSeal(key, plain, ASSOCIATED_DATA);
  return {
    scheme: 'passphrase',
    kdf: 'scrypt',
    ...SCRYPT,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: tag.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

export async function openWithPassphrase(
  sealed: Extract<SealedSecret, { scheme: 'passphrase' }>,
  passphrase: string,
  what: string,
): Promise<string> {
  const key = await deriveKey(passphrase, Buffer.from(sealed.salt, 'base64'), sealed);
  try {
    const b64 = (value: string) => Buffer.from(value, 'base64');
    return gcmOpen(
      key,
      { iv: b64(sealed.iv), tag: b64(sealed.tag), ciphertext: b64(sealed.ciphertext) },
      ASSOCIATED_DATA,
    ).toString('utf8');
  } catch {
    throw new StudioError(
      'wrong-passphrase',
      `The passphrase does not open the private key of ${what}.`,
      'Type the passphrase set when the key was saved or exported (it is case-sensitive). Nothing was changed.',
    );
  }
}

export function passphraseRequired(what: string): StudioError {
  return new StudioError(
    'passphrase-required',
    `The private key of ${what} is protected with a passphrase.`,
    'Enter the passphrase in the Passphrase field and try again.',
  );
}

/** How a new key is sealed here: the OS secret store when it works, else the user's passphrase. */
export async function sealPrivateKey(
  plain: string,
  secrets: PlatformSecrets | undefined,
  passphrase?: string,
): Promise<SealedSecret> {
  if (secrets?.isAvailable()) return { scheme: 'platform', sealed: Buffer.from(secrets.encrypt(plain)).toString('base64') };
  if (passphrase === undefined) {
    throw new StudioError(
      'passphrase-required',
      'A passphrase is needed to store the private key encrypted.',
      'This host has no operating-system secret store: set a passphrase (8 characters or more) in the Passphrase field. You will need it to open the profile.',
    );
  }
  return sealWithPassphrase(plain, passphrase);
}

export async function openPrivateKey(
  sealed: SealedSecret,
  secrets: PlatformSecrets | undefined,
  passphrase: string | undefined,
  what: string,
): Promise<string> {
  if (sealed.scheme === 'passphrase') {
    if (passphrase === undefined) throw passphraseRequired(what);
    return openWithPassphrase(sealed, passphrase, what);
  }
  if (!secrets?.isAvailable()) {
    throw new StudioError(
      'secret-store-unavailable',
      `The private key of ${what} was sealed by the desktop app's secret store, which this host cannot use.`,
      'Open the profile in the desktop app, or export it there with the private key and a passphrase, then import it here.',
    );
  }
  try {
    return secrets.decrypt(Buffer.from(sealed.sealed, 'base64'));
  } catch {
    throw new StudioError(
      'secret-store-refused',
      `The operating system's secret store could not open the private key of ${what}.`,
      'It was probably saved by another user or on another machine: import the profile from an export with a passphrase.',
    );
  }
}
