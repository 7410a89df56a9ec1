import { StudioError } from '../errors/studio-error';

/**
 * The coded errors of reading a key file, shared by every format's reader so the same mistake reads the
 * same way whether it came from a PEM, a PKCS#12 or a JKS.
 */
export function wrongPasswordError(what: string): StudioError {
  return new StudioError(
    'wrong-password',
    `The password does not open this ${what}.`,
    'Type the password again (it is case-sensitive): the one given when the file was exported or created.',
  );
}

export function passwordRequiredError(what: string): StudioError {
  return new StudioError(
    'password-required',
    `This ${what} is protected by a password.`,
    'Give its password: the password field on the Keys & certificate page, or --password on the command line.',
  );
}

export function corruptedFileError(what: string, detail?: string): StudioError {
  return new StudioError(
    'file-corrupted',
    `This ${what} is damaged or cut short${detail ? ` (${detail})` : ''}.`,
    'Copy or download the file again; a file passed through email or a text editor may have been altered.',
  );
}

export function unknownFormatError(name: string): StudioError {
  return new StudioError(
    'unknown-format',
    `${name || 'This file'} is not a key, certificate or keystore: looked for PEM, DER, PKCS#12, JKS.`,
    'Choose the private key (.key, .pem), the certificate (.crt, .cer), a PKCS#12 (.p12, .pfx) or a JKS (.jks).',
  );
}

export function noPrivateKeyError(what: string): StudioError {
  return new StudioError(
    'no-private-key',
    `This ${what} holds no private key, only certificates.`,
    'Salesforce and the JWT need the private key: export the keystore with its private key entry, or import the .key file.',
  );
}
