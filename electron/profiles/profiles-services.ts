import type { ServiceOptions } from '../host/service-options';
import { ProfileBook } from './profile-book';
import { ProfileStore } from './profile-store';

/** The Node-side state of the profiles feature: the profile book over `profiles.json` in the data folder. */
export interface ProfilesServices {
  profiles: ProfileBook;
}

export function createProfilesServices(options: ServiceOptions): ProfilesServices {
  return { profiles: new ProfileBook(new ProfileStore(options.dataDir), options.keyVault, options.platformSecrets) };
}
