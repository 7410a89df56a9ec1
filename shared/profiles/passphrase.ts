/** Passphrases protect private keys at rest (where no OS secret store exists) and in exported profiles. */
export const MIN_PASSPHRASE_LENGTH = 8;

export function passphraseProblem(passphrase: string): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  return undefined;
}
