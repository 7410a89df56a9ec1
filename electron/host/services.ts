import { createExchangeServices, type ExchangeServices } from '../exchange/exchange-services';
import { KeyVault } from '../keys/key-vault';
import { createOrgCheckServices, type OrgCheckServices } from '../org-check/org-check-services';
import { createProfilesServices, type ProfilesServices } from '../profiles/profiles-services';
import type { PlatformSecrets } from './platform-secrets';
import type { ServiceOptions } from './service-options';

/**
 * Node-side state that lives as long as a host process: the key in use, the exchange history, the profile
 * store, the emulator. Each feature owns its part in `<feature>-services.ts`; handlers reach them through
 * the HostContext.
 */
export type Services = { keyVault: KeyVault } & ExchangeServices & ProfilesServices & OrgCheckServices;

export function createServices(options: { dataDir: string; platformSecrets?: PlatformSecrets }): Services {
  const all: ServiceOptions = { dataDir: options.dataDir, keyVault: new KeyVault(), platformSecrets: options.platformSecrets };
  const exchange = createExchangeServices(all);
  return {
    keyVault: all.keyVault,
    ...exchange,
    ...createProfilesServices(all),
    ...createOrgCheckServices(exchange.exchange.rehearsal),
  };
}
