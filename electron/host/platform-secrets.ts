/**
 * The operating system's secret store (Electron safeStorage: Keychain, DPAPI, libsecret). Absent in the web
 * host, where stored private keys are encrypted with a passphrase the user sets instead. Asynchronous, as
 * Electron's own API is since 45.4 (the synchronous one is deprecated:
 * https://www.electronjs.org/docs/latest/api/safe-storage).
 */
export interface PlatformSecrets {
  isAvailable(): Promise<boolean>;
  encrypt(plain: string): Promise<Uint8Array>;
  decrypt(sealed: Uint8Array): Promise<string>;
}
