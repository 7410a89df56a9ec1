import type { KeySummary } from '../keys/key-summary';
import type { ProfileConfig } from './profile-config';

/** How a stored private key is protected: the OS secret store, or a passphrase the user must give to open it. */
export type KeyProtection = 'platform' | 'passphrase';

/** A profile's key: protected one of those ways, or absent (imported from an export without the key). */
export type StoredKeyState = KeyProtection | 'no-key';

/** One line of the profile list: public values, the certificate's dates, and how the key is protected. */
export interface ProfileSummary {
  name: string;
  config: ProfileConfig;
  /** The certificate's Unique Name in Salesforce (the key's alias). */
  keyAlias: string;
  certificate?: { subject: string; notAfter: string; daysLeft: number };
  protection: StoredKeyState;
  /** ISO 8601. */
  updatedAt: string;
}

export interface ProfileListing {
  profiles: ProfileSummary[];
  /** What a newly saved profile's key is protected with on this host. */
  newKeyProtection: KeyProtection;
}

/**
 * An opened profile: its configuration and the key now loaded on the Node side (public summary only). A
 * profile without its private key keeps the loaded key only if it pairs with the profile's certificate.
 */
export interface OpenedProfile {
  name: string;
  config: ProfileConfig;
  key?: KeySummary;
  /** The profile has no private key and the loaded key (if any) does not pair with its certificate. */
  keyMissing: boolean;
}
