import type { ServiceOptions } from './services';

/** The Node-side state of the profiles feature, created once per host process. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the profiles feature
export type ProfilesServices = {};

export function createProfilesServices(_options: ServiceOptions): ProfilesServices {
  return {};
}
