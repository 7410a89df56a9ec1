import { type Infer, s } from '../api/schema';
import { profileConfigSchema } from './profile-config';
import { sealedSecretSchema } from './sealed-secret';

/** The longest certificate PEM a stored file holds: a few times a 4096-bit certificate with long names. */
export const CERTIFICATE_PEM_MAX = 20_000;
export const MAX_PROFILES = 1000;

/** A certificate in PEM (public data, stored in clear). */
export const certificatePemSchema = s.string({
  min: 1,
  max: CERTIFICATE_PEM_MAX,
  pattern: /^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/,
});

export const isoDateSchema = s.string({ min: 10, max: 40 });

export const profileNameSchema = s.string({ min: 1, max: 200 });

/** A profile's key, as stored and as exported: the certificate in clear, the private key only sealed. */
export const profileKeySchema = s.object({
  alias: s.string({ min: 1, max: 200 }),
  certificatePem: s.optional(certificatePemSchema),
  /** Absent for a profile imported or exported without its private key. */
  privateKey: s.optional(sealedSecretSchema),
});

/** One saved profile as stored: public values in clear, the private key only sealed (never in clear). */
export const storedProfileSchema = s.object({
  name: profileNameSchema,
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
  config: profileConfigSchema,
  key: profileKeySchema,
});

export type StoredProfile = Infer<typeof storedProfileSchema>;

export const PROFILES_FILE_NAME = 'profiles.json';
export const PROFILES_FORMAT = 'sf-jwt-studio/profiles';

/** `profiles.json` in the data folder: every profile of this user, written atomically as a whole. */
export const profilesFileSchema = s.object({
  format: s.literal(PROFILES_FORMAT),
  version: s.literal(1),
  profiles: s.array(storedProfileSchema, { max: MAX_PROFILES }),
});

export type ProfilesFile = Infer<typeof profilesFileSchema>;
