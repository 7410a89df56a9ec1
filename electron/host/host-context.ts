import type { HostKind } from '../../shared/api/app-contract';
import type { Delivery } from '../../shared/api/delivery';
import type { Services } from './services';

/** A file the Node side hands to the user: a save dialog in Electron, a one-time download in the browser. */
export interface OutgoingFile {
  /** Suggested file name, e.g. `salesforce_jwt.crt`. */
  name: string;
  bytes: Uint8Array;
  mime: string;
  /** Private keys and keystores: written with mode 0600. */
  secret: boolean;
}

export interface FileDelivery {
  deliver(file: OutgoingFile): Promise<Delivery>;
}

/**
 * The operating system's secret store (Electron safeStorage: Keychain, DPAPI, libsecret). Absent in the web
 * host, where stored private keys are encrypted with a passphrase the user sets instead.
 */
export interface PlatformSecrets {
  isAvailable(): boolean;
  encrypt(plain: string): Uint8Array;
  decrypt(sealed: Uint8Array): string;
}

/** What a host gives every handler: who it is, where its data lives, and its side effects. */
export interface HostContext {
  host: HostKind;
  version: string;
  platform: string;
  dataDir: string;
  files: FileDelivery;
  services: Services;
  platformSecrets?: PlatformSecrets;
}
