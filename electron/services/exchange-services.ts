import type { ServiceOptions } from './services';

/** The Node-side state of the exchange feature, created once per host process. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the exchange feature
export type ExchangeServices = {};

export function createExchangeServices(_options: ServiceOptions): ExchangeServices {
  return {};
}
