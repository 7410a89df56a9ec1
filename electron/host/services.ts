import { createExchangeServices, type ExchangeServices } from '../exchange/exchange-services';
import { KeyVault } from '../keys/key-vault';
import { createOrgCheckServices, type OrgCheckServices } from '../org-check/org-check-services';
import { createProfilesServices, type ProfilesServices } from '../profiles/profiles-services';
import type { Keychain } from '../workspace/keychain';
import { osKeychain } from '../workspace/keychain';
import { WorkspaceService } from '../workspace/workspace-service';
import { WorkspaceStore } from '../workspace/workspace-store';
import type { NetworkSettings } from './network-settings';
import type { PlatformSecrets } from './platform-secrets';
import type { ServiceOptions } from './service-options';

/**
 * Node-side state that lives as long as a host process: the key in use, the workspace that keeps it (and the
 * wizard's progress) in the data folder, the exchange history, the profile store, the emulator. Each feature
 * owns its part in `<feature>-services.ts`; handlers reach them through the HostContext.
 */
export type Services = { keyVault: KeyVault; workspace: WorkspaceService } & ExchangeServices &
  ProfilesServices &
  OrgCheckServices;

export function createServices(options: {
  dataDir: string;
  platformSecrets?: PlatformSecrets;
  network?: NetworkSettings;
  /** The OS keychain sealing the workspace outside the desktop app; found on the machine unless given. */
  keychain?: Promise<Keychain | undefined>;
}): Services {
  const keyVault = new KeyVault();
  const workspace = new WorkspaceService(
    new WorkspaceStore(options.dataDir),
    keyVault,
    (options.keychain ?? osKeychain()).then((keychain) => ({
      dataDir: options.dataDir,
      platformSecrets: options.platformSecrets,
      keychain,
    })),
  );
  const all: ServiceOptions = {
    dataDir: options.dataDir,
    keyVault,
    workspace,
    platformSecrets: options.platformSecrets,
    network: options.network,
  };
  const exchange = createExchangeServices(all);
  return {
    keyVault,
    workspace,
    ...exchange,
    ...createProfilesServices(all),
    ...createOrgCheckServices(exchange.exchange.rehearsal, workspace),
  };
}
