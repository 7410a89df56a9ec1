import type { ServiceOptions } from '../host/services';

/** The Node-side state of the jwt feature, created once per host process. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the jwt feature
export type JwtServices = {};

export function createJwtServices(_options: ServiceOptions): JwtServices {
  return {};
}
