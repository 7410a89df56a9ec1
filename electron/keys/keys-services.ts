import type { ServiceOptions } from '../host/services';

/** The Node-side state of the keys feature, created once per host process. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the keys feature
export type KeysServices = {};

export function createKeysServices(_options: ServiceOptions): KeysServices {
  return {};
}
