import { profileConfigSchema } from '../profiles/profile-config';
import type { OpenedProfile, ProfileListing, ProfileSummary } from '../profiles/profile-summary';
import type { Delivery } from './delivery';
import { method } from './method';
import { s } from './schema';

const name = s.string({ min: 1, max: 200 });
/** A passphrase that protects a private key at rest or in an exported file. */
const passphrase = s.optional(s.string({ min: 1, max: 1024 }));

/**
 * Saved profiles (the whole configuration plus the key, encrypted at rest) and the setup wizard's files.
 * Passphrases are needed only where the OS secret store is unavailable (always in the web host).
 */
export const profilesContract = {
  'profiles.list': method<ProfileListing>()(s.none()),
  /** Saves the session's configuration with the key in use; `overwrite` replaces a profile of that name. */
  'profiles.save': method<ProfileSummary>()(
    s.object({ name, config: profileConfigSchema, passphrase, overwrite: s.optional(s.boolean()) }),
  ),
  /** Loads the profile's key into the key vault and answers its configuration. */
  'profiles.open': method<OpenedProfile>()(s.object({ name, passphrase })),
  'profiles.rename': method<ProfileSummary>()(s.object({ name, newName: name })),
  'profiles.duplicate': method<ProfileSummary>()(s.object({ name, newName: s.optional(name) })),
  'profiles.delete': method<{ deleted: string }>()(s.object({ name })),
  /** JSON without the private key unless `includePrivateKey`, then sealed with `exportPassphrase`. */
  'profiles.export': method<Delivery>()(
    s.object({ name, includePrivateKey: s.boolean(), passphrase, exportPassphrase: passphrase }),
  ),
  /** `filePassphrase` opens a key in the file; `passphrase` protects it here (defaults to the file's). */
  'profiles.import': method<ProfileSummary>()(
    s.object({
      text: s.string({ min: 1, max: 1_000_000 }),
      name: s.optional(name),
      overwrite: s.optional(s.boolean()),
      filePassphrase: passphrase,
      passphrase,
    }),
  ),
  /** The External Client App's metadata folder (zip) with the current key's certificate. */
  'setup.ecaMetadata': method<Delivery>()(
    s.object({
      apiName: s.string({ min: 1, max: 40 }),
      label: s.string({ min: 1, max: 80 }),
      contactEmail: s.string({ min: 3, max: 200 }),
    }),
  ),
};
