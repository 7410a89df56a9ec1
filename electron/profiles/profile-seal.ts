import { randomBytes, scrypt } from 'node:crypto';
import type { StudioError } from '../../shared/errors/studio-error';
import { assertStrongPassphrase } from '../../shared/profiles/passphrase';
import { profileErrors } from '../../shared/profiles/profile-errors';
import type { SealedSecret } from '../../shared/profiles/sealed-secret';
import type { PlatformSecrets } from '../host/platform-secrets';
import { GCM_TAG_BYTES, gcmOpen, gcmSeal } from '../keys/aes-gcm';
import { PassphraseBackoff } from './passphrase-backoff';

/**
 * Encrypts private keys at rest. With a passphrase: scrypt (N=2^15, r=8, p=1, the interactive-login cost
 * RFC 7914 section 2 suggests) derives a 256-bit key; AES-256-GCM encrypts, and its tag makes a wrong
 * passphrase or a modified file fail loudly instead of yielding garbage. The associated data ties the
 * ciphertext to its purpose.
 */
const SCRYPT = { n: 32_768, r: 8, p: 1 } as const;
const ASSOCIATED_DATA = Buffer.from('sf-jwt-studio private key v1');
/** Wrong passphrases slow down, per host process, whichever API call (open, import) makes them. */
const passphraseBackoff = new PassphraseBackoff();

function deriveKey(passphrase: string, salt: Buffer, params: { n: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      32,
      { N: params.n, r: params.r, p: params.p, maxmem: 256 * params.n * params.r },
      (error, key) => (error ? reject(profileErrors.raise('key-derivation-failed')) : resolve(key)),
    );
  });
}

export async function sealWithPassphrase(plain: string, passphrase: string): Promise<SealedSecret> {
  assertStrongPassphrase(passphrase);
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

const wrongPassphrase = (what: string) =>
  profileErrors.raise('wrong-passphrase', `The passphrase does not open the private key of ${what}.`);

export async function openWithPassphrase(
  sealed: Extract<SealedSecret, { scheme: 'passphrase' }>,
  passphrase: string,
  what: string,
): Promise<string> {
  const b64 = (value: string) => Buffer.from(value, 'base64');
  const box = { iv: b64(sealed.iv), tag: b64(sealed.tag), ciphertext: b64(sealed.ciphertext) };
  // A cut tag can never open (aes-gcm.ts pins 16 bytes): refused before any guess is counted or key derived.
  if (box.tag.length !== GCM_TAG_BYTES) throw wrongPassphrase(what);
  // Keyed by the sealed key itself (its salt): the same key guessed through any profile name or file.
  const guessKey = sealed.salt;
  passphraseBackoff.check(guessKey, what);
  const key = await deriveKey(passphrase, b64(sealed.salt), sealed);
  try {
    const plain = gcmOpen(key, box, ASSOCIATED_DATA).toString('utf8');
    passphraseBackoff.succeeded(guessKey);
    return plain;
  } catch {
    passphraseBackoff.failed(guessKey);
    throw wrongPassphrase(what);
  }
}

export function passphraseRequired(what: string): StudioError {
  return profileErrors.raise('passphrase-required', `The private key of ${what} is protected with a passphrase.`);
}

/** How a new key is sealed here: the OS secret store when it works, else the user's passphrase. */
export async function sealPrivateKey(
  plain: string,
  secrets: PlatformSecrets | undefined,
  passphrase?: string,
): Promise<SealedSecret> {
  if (secrets && (await secrets.isAvailable()))
    return { scheme: 'platform', sealed: Buffer.from(await secrets.encrypt(plain)).toString('base64') };
  if (passphrase === undefined) {
    throw profileErrors.raise(
      'passphrase-required',
      'This host has no operating-system secret store: a passphrase is needed to store the private key encrypted.',
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
  if (secrets && !(await secrets.isAvailable())) {
    // The desktop app itself, in a session whose secret store does not answer (on Linux: no unlocked keyring,
    // or another backend than the one that sealed it, e.g. KWallet instead of GNOME Keyring).
    throw profileErrors.raise(
      'secret-store-unavailable',
      `The private key of ${what} was sealed by the operating system's secret store, which does not answer in this session.`,
    );
  }
  if (!secrets) {
    throw profileErrors.raise(
      'secret-store-unavailable',
      `The private key of ${what} was sealed by the desktop app's secret store, which this host cannot use.`,
    );
  }
  try {
    return await secrets.decrypt(Buffer.from(sealed.sealed, 'base64'));
  } catch {
    throw profileErrors.raise(
      'secret-store-refused',
      `The operating system's secret store could not open the private key of ${what}.`,
    );
  }
}
