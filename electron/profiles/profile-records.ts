import { profileErrors } from '../../shared/profiles/profile-errors';
import type { StoredProfile } from '../../shared/profiles/profile-file';
import type { ProfileSummary } from '../../shared/profiles/profile-summary';
import { certificateFacts } from './profile-key';

export const notFound = (name: string) =>
  profileErrors.raise('profile-not-found', `There is no profile named "${name.slice(0, 80)}".`);

export const alreadyExists = (name: string) =>
  profileErrors.raise('profile-exists', `A profile named "${name.slice(0, 80)}" already exists.`);

export function summarize(profile: StoredProfile): ProfileSummary {
  const summary: ProfileSummary = {
    name: profile.name,
    config: profile.config,
    keyAlias: profile.key.alias,
    protection: profile.key.privateKey?.scheme ?? 'no-key',
    updatedAt: profile.updatedAt,
  };
  if (profile.key.certificatePem) summary.certificate = certificateFacts(profile.key.certificatePem, `profile "${profile.name}"`);
  return summary;
}

export function find(profiles: StoredProfile[], name: string): StoredProfile {
  const profile = profiles.find((p) => p.name === name);
  if (!profile) throw notFound(name);
  return profile;
}
