import { keyErrors } from './key-errors';

/** keytool refuses keystore passwords under 6 characters; a JKS Salesforce imports must open in keytool too. */
export const MIN_KEYSTORE_PASSWORD_LENGTH = 6;

export function keystorePasswordProblem(password: string): string | undefined {
  return password.length < MIN_KEYSTORE_PASSWORD_LENGTH
    ? `At least ${MIN_KEYSTORE_PASSWORD_LENGTH} characters (keytool and Salesforce need that).`
    : undefined;
}

export function assertKeystorePassword(password: string | undefined): string {
  if (password === undefined || keystorePasswordProblem(password)) {
    throw keyErrors.raise(
      'password-too-short',
      `The keystore password must have at least ${MIN_KEYSTORE_PASSWORD_LENGTH} characters.`,
    );
  }
  return password;
}
