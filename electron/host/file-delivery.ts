import type { Delivery } from '../../shared/api/delivery';

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
