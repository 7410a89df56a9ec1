import type { StudioError } from '../errors/studio-error';
import { keyErrors } from './key-errors';

/**
 * The coded errors of reading a key file, shared by every format's reader so the same mistake reads the
 * same way whether it came from a PEM, a PKCS#12 or a JKS.
 */
export function wrongPasswordError(what: string): StudioError {
  return keyErrors.raise('wrong-password', `The password does not open this ${what}.`);
}

export function passwordRequiredError(what: string): StudioError {
  return keyErrors.raise('password-required', `This ${what} is protected by a password.`);
}

export function corruptedFileError(what: string, detail?: string): StudioError {
  return keyErrors.raise('file-corrupted', `This ${what} is damaged or cut short${detail ? ` (${detail})` : ''}.`);
}

export function unknownFormatError(name: string): StudioError {
  return keyErrors.raise(
    'unknown-format',
    `${name || 'This file'} is not a key, certificate or keystore: looked for PEM, DER, PKCS#12, JKS.`,
  );
}

export function noPrivateKeyError(what: string): StudioError {
  return keyErrors.raise('no-private-key', `This ${what} holds no private key, only certificates.`);
}
