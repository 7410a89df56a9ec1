import type { ServiceOptions } from '../host/service-options';
import { ExchangeSession } from './exchange-session';

/** The Node-side state of the exchange feature, created once per host process. */
export type ExchangeServices = { exchange: ExchangeSession };

export function createExchangeServices(options: ServiceOptions): ExchangeServices {
  return { exchange: new ExchangeSession(options.keyVault, (mark) => options.workspace.recordTest(mark)) };
}
