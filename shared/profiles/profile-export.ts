import { type Infer, s } from '../api/schema';
import { StudioError } from '../errors/studio-error';
import { profileConfigSchema } from './profile-config';
import { profileErrors } from './profile-errors';
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

/** Parses an export file's text, or throws a coded error that says what is wrong with it. */
export function parseProfileExport(text: string): ProfileExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw profileErrors.raise('import-not-json');
  }
  const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (format !== PROFILE_EXPORT_FORMAT) {
    throw profileErrors.raise('import-not-a-profile');
  }
  const version = (json as { version?: unknown }).version;
  if (version !== 1) {
    throw profileErrors.raise(
      'import-unsupported-version',
      `This profile export has version ${JSON.stringify(version)}, which this SF JWT Studio does not read.`,
    );
  }
  try {
    const parsed = profileExportSchema.parse(json);
    if (parsed.key.privateKey?.scheme === 'platform') {
      throw profileErrors.raise('import-invalid', 'The private key in this file is sealed to another machine’s secret store.');
    }
    return parsed;
  } catch (error) {
    if (error instanceof StudioError && error.code === 'invalid-input') {
      throw profileErrors.raise('import-invalid', `This profile file is damaged or incomplete: ${error.message}`);
    }
    throw error;
  }
}
