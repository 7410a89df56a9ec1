import type { ProfileConfig } from '../../shared/profiles/profile-config';
import type { StoredProfile } from '../../shared/profiles/profile-file';
import { assertProfileName, copyName } from '../../shared/profiles/profile-name';
import type { OpenedProfile, ProfileSummary } from '../../shared/profiles/profile-summary';
import type { OutgoingFile } from '../host/file-delivery';
import type { PlatformSecrets } from '../host/platform-secrets';
import type { KeyVault } from '../keys/key-vault';
import { keyMaterialFrom, pairsWithCertificate } from './profile-key';
import { alreadyExists, find, summarize } from './profile-records';
import { openPrivateKey, sealPrivateKey } from './profile-seal';
import type { ProfileStore } from './profile-store';
import { exportProfile, importProfile } from './profile-transfer';

/** The profile operations behind the Profiles page and the wizard's "Save as profile". */
export class ProfileBook {
  constructor(
    private readonly store: ProfileStore,
    private readonly keyVault: KeyVault,
    private readonly secrets: PlatformSecrets | undefined,
  ) {}

  /** How a newly saved key is sealed: by the OS secret store where it answers, else with a passphrase. */
  async newKeyProtection(): Promise<'platform' | 'passphrase'> {
    return (await this.secrets?.isAvailable()) ? 'platform' : 'passphrase';
  }

  async list(): Promise<ProfileSummary[]> {
    return (await this.store.read()).map(summarize).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Saves the configuration with the key in use, its private key sealed. */
  async save(input: { name: string; config: ProfileConfig; passphrase?: string; overwrite?: boolean }): Promise<ProfileSummary> {
    const name = assertProfileName(input.name);
    const key = this.keyVault.require();
    const privateKey = await sealPrivateKey(key.privateKeyPem, this.secrets, input.passphrase);
    const certificatePem = key.certificatePem ?? key.summary.certificate?.pem;
    return this.store.update(async (profiles) => {
      const existing = profiles.find((p) => p.name === name);
      if (existing && !input.overwrite) throw alreadyExists(name);
      const now = new Date().toISOString();
      const stored: StoredProfile = {
        name,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        config: input.config,
        key: certificatePem ? { alias: key.summary.alias, certificatePem, privateKey } : { alias: key.summary.alias, privateKey },
      };
      return { profiles: [...profiles.filter((p) => p !== existing), stored], result: summarize(stored) };
    });
  }

  /** Loads the profile's key into the vault (or keeps a loaded key that pairs with its certificate). */
  async open(input: { name: string; passphrase?: string }): Promise<OpenedProfile> {
    const profile = find(await this.store.read(), input.name);
    const where = `profile "${profile.name}"`;
    if (profile.key.privateKey) {
      const privateKeyPem = await openPrivateKey(profile.key.privateKey, this.secrets, input.passphrase, where);
      const material = keyMaterialFrom(privateKeyPem, profile.key.certificatePem, profile.key.alias, where);
      return { name: profile.name, config: profile.config, key: this.keyVault.set(material), keyMissing: false };
    }
    const loaded = this.keyVault.current();
    if (loaded && profile.key.certificatePem && pairsWithCertificate(loaded, profile.key.certificatePem)) {
      return { name: profile.name, config: profile.config, key: loaded.summary, keyMissing: false };
    }
    this.keyVault.clear();
    return { name: profile.name, config: profile.config, keyMissing: true };
  }

  rename(input: { name: string; newName: string }): Promise<ProfileSummary> {
    const newName = assertProfileName(input.newName);
    return this.store.update(async (profiles) => {
      const profile = find(profiles, input.name);
      if (newName !== profile.name && profiles.some((p) => p.name === newName)) throw alreadyExists(newName);
      const renamed = { ...profile, name: newName, updatedAt: new Date().toISOString() };
      return { profiles: profiles.map((p) => (p === profile ? renamed : p)), result: summarize(renamed) };
    });
  }

  duplicate(input: { name: string; newName?: string }): Promise<ProfileSummary> {
    return this.store.update(async (profiles) => {
      const profile = find(profiles, input.name);
      const newName = assertProfileName(input.newName ?? copyName(profile.name, new Set(profiles.map((p) => p.name))));
      if (profiles.some((p) => p.name === newName)) throw alreadyExists(newName);
      const now = new Date().toISOString();
      const copy = { ...profile, name: newName, createdAt: now, updatedAt: now };
      return { profiles: [...profiles, copy], result: summarize(copy) };
    });
  }

  /** The export file of a profile (see profile-transfer.ts). */
  exportFile(input: Parameters<typeof exportProfile>[1]): Promise<OutgoingFile> {
    return exportProfile(this.store, input, this.secrets);
  }

  import(input: Parameters<typeof importProfile>[1]): ReturnType<typeof importProfile> {
    return importProfile(this.store, input, this.secrets);
  }

  remove(name: string): Promise<{ deleted: string }> {
    return this.store.update(async (profiles) => {
      const profile = find(profiles, name);
      return { profiles: profiles.filter((p) => p !== profile), result: { deleted: profile.name } };
    });
  }
}
