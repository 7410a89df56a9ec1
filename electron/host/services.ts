import { createExchangeServices, type ExchangeServices } from '../exchange/exchange-services';
import { createJwtServices, type JwtServices } from '../jwt/jwt-services';
import { KeyVault } from '../keys/key-vault';
import { createKeysServices, type KeysServices } from '../keys/keys-services';
import { createProfilesServices, type ProfilesServices } from '../profiles/profiles-services';

/**
 * Node-side state that lives as long as a host process: the key in use, the exchange history, the profile
 * store, the emulator. Each feature owns its part in `<feature>-services.ts`; handlers reach them through
 * the HostContext.
 */
export type Services = { keyVault: KeyVault } & KeysServices & JwtServices & ExchangeServices & ProfilesServices;

export interface ServiceOptions {
  dataDir: string;
  keyVault: KeyVault;
}

export function createServices(options: { dataDir: string }): Services {
  const all: ServiceOptions = { dataDir: options.dataDir, keyVault: new KeyVault() };
  return {
    keyVault: all.keyVault,
    ...createKeysServices(all),
    ...createJwtServices(all),
    ...createExchangeServices(all),
    ...createProfilesServices(all),
  };
}
