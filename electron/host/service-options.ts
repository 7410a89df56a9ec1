import type { KeyVault } from '../keys/key-vault';
import type { WorkspaceService } from '../workspace/workspace-service';
import type { PlatformSecrets } from './platform-secrets';

/** What every feature's services are built from, once per host process. */
export interface ServiceOptions {
  dataDir: string;
  keyVault: KeyVault;
  workspace: WorkspaceService;
  /** The OS secret store where the host has one (the desktop app); injected once, never passed per call. */
  platformSecrets: PlatformSecrets | undefined;
}
