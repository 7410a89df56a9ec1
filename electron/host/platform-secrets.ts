/**
 * The operating system's secret store (Electron safeStorage: Keychain, DPAPI, libsecret). Absent in the web
 * host, where stored private keys are encrypted with a passphrase the user sets instead.
 */
export interface PlatformSecrets {
  isAvailable(): boolean;
  encrypt(plain: string): Uint8Array;
  decrypt(sealed: Uint8Array): string;
}
