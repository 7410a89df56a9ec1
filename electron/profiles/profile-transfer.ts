import { keyErrors } from '../../shared/keys/key-errors';
import { profileErrors } from '../../shared/profiles/profile-errors';
import { PROFILE_EXPORT_FORMAT, type ProfileExport, parseProfileExport } from '../../shared/profiles/profile-export';
import type { StoredProfile } from '../../shared/profiles/profile-file';
import { assertProfileName } from '../../shared/profiles/profile-name';
import type { ProfileSummary } from '../../shared/profiles/profile-summary';
import type { SealedSecret } from '../../shared/profiles/sealed-secret';
import type { OutgoingFile } from '../host/file-delivery';
import type { PlatformSecrets } from '../host/platform-secrets';
import { keyMaterialFrom, parseCertificate } from './profile-key';
import { alreadyExists, find, summarize } from './profile-records';
import { openPrivateKey, openWithPassphrase, passphraseRequired, sealPrivateKey, sealWithPassphrase } from './profile-seal';
import type { ProfileStore } from './profile-store';

/** `Acme prod` → `acme-prod.sfjwt-profile.json`. */
export function exportFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'profile'}.sfjwt-profile.json`;
}

/**
 * The export file of a profile: without the private key unless asked, and then sealed with a passphrase
 * (re-encrypted: a key sealed by this machine's secret store would open nowhere else).
 */
export async function exportProfile(
  store: ProfileStore,
  input: { name: string; includePrivateKey: boolean; passphrase?: string; exportPassphrase?: string },
  secrets: PlatformSecrets | undefined,
): Promise<OutgoingFile> {
  const profile = find(await store.read(), input.name);
  const where = `profile "${profile.name}"`;
  const key: ProfileExport['key'] = { alias: profile.key.alias };
  if (profile.key.certificatePem) key.certificatePem = profile.key.certificatePem;
  if (input.includePrivateKey) {
    if (!profile.key.privateKey) {
      throw keyErrors.raise('no-private-key', `The ${where} has no private key to export.`);
    }
    if (input.exportPassphrase === undefined) {
      throw profileErrors.raise('passphrase-required', 'A passphrase is needed to export the private key.');
    }
    const privateKeyPem = await openPrivateKey(profile.key.privateKey, secrets, input.passphrase, where);
    key.privateKey = await sealWithPassphrase(privateKeyPem, input.exportPassphrase);
  }
  const file: ProfileExport = {
    format: PROFILE_EXPORT_FORMAT,
    version: 1,
    name: profile.name,
    exportedAt: new Date().toISOString(),
    config: profile.config,
    key,
  };
  return {
    name: exportFileName(profile.name),
    bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
    mime: 'application/json',
    secret: input.includePrivateKey,
  };
}

/**
 * Imports an export file after checking all of it: format, fields, certificate, and (when present) that the
 * passphrase opens the key and the key pairs with the certificate. Any failure changes nothing; an existing
 * profile of the same name is replaced only when `overwrite` says so.
 */
export async function importProfile(
  store: ProfileStore,
  input: { text: string; name?: string; overwrite?: boolean; filePassphrase?: string; passphrase?: string },
  secrets: PlatformSecrets | undefined,
): Promise<ProfileSummary> {
  const file = parseProfileExport(input.text);
  const name = assertProfileName(input.name ?? file.name);
  const where = `the file "${file.name.slice(0, 80)}"`;
  if (file.key.certificatePem) parseCertificate(file.key.certificatePem, where);
  let privateKey: SealedSecret | undefined;
  if (file.key.privateKey?.scheme === 'passphrase') {
    if (input.filePassphrase === undefined) throw passphraseRequired(where);
    const privateKeyPem = await openWithPassphrase(file.key.privateKey, input.filePassphrase, where);
    keyMaterialFrom(privateKeyPem, file.key.certificatePem, file.key.alias, where);
    privateKey = await sealPrivateKey(privateKeyPem, secrets, input.passphrase ?? input.filePassphrase);
  }
  return store.update(async (profiles) => {
    const existing = profiles.find((p) => p.name === name);
    if (existing && !input.overwrite) throw alreadyExists(name);
    const now = new Date().toISOString();
    const key: StoredProfile['key'] = { alias: file.key.alias };
    if (file.key.certificatePem) key.certificatePem = file.key.certificatePem;
    if (privateKey) key.privateKey = privateKey;
    const stored: StoredProfile = { name, createdAt: now, updatedAt: now, config: file.config, key };
    return { profiles: [...profiles.filter((p) => p !== existing), stored], result: summarize(stored) };
  });
}
