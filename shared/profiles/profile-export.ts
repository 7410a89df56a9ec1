import { type Infer, s } from '../api/schema';
import { StudioError } from '../errors/studio-error';
import { profileConfigSchema } from './profile-config';
import { isoDateSchema, profileKeySchema, profileNameSchema } from './profile-file';

export const PROFILE_EXPORT_FORMAT = 'sf-jwt-studio/profile';

/**
 * A profile exported to share or move: the configuration and certificate, and the private key only when the
 * user asked for it, then always passphrase-encrypted (a platform-sealed key opens on this machine only).
 */
export const profileExportSchema = s.object({
  format: s.literal(PROFILE_EXPORT_FORMAT),
  version: s.literal(1),
  name: profileNameSchema,
  exportedAt: isoDateSchema,
  config: profileConfigSchema,
  key: profileKeySchema,
});

export type ProfileExport = Infer<typeof profileExportSchema>;

const IMPORT_HINT = 'Choose a file exported from SF JWT Studio (Profiles → Export); nothing was imported.';

/** Parses an export file's text, or throws a coded error that says what is wrong with it. */
export function parseProfileExport(text: string): ProfileExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StudioError('import-not-json', 'This file is not JSON, so it is not an exported profile.', IMPORT_HINT);
  }
  const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (format !== PROFILE_EXPORT_FORMAT) {
    throw new StudioError('import-not-a-profile', 'This JSON file is not an SF JWT Studio profile export.', IMPORT_HINT);
  }
  const version = (json as { version?: unknown }).version;
  if (version !== 1) {
    throw new StudioError(
      'import-unsupported-version',
      `This profile export has version ${JSON.stringify(version)}, which this SF JWT Studio does not read.`,
      'Update SF JWT Studio, or export the profile again from the version you have.',
    );
  }
  try {
    const parsed = profileExportSchema.parse(json);
    if (parsed.key.privateKey?.scheme === 'platform') {
      throw new StudioError(
        'import-invalid',
        'The private key in this file is sealed to another machine’s secret store.',
        'Export the profile again with the private key and a passphrase.',
      );
    }
    return parsed;
  } catch (error) {
    if (error instanceof StudioError && error.code === 'invalid-input') {
      throw new StudioError('import-invalid', `This profile file is damaged or incomplete: ${error.message}`, IMPORT_HINT);
    }
    throw error;
  }
}
