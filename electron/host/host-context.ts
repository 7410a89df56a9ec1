import type { HostKind } from '../../shared/api/app-contract';
import type { FileDelivery } from './file-delivery';
import type { Services } from './services';

/** What a host gives every handler: who it is, where its data lives, and its side effects. */
export interface HostContext {
  host: HostKind;
  version: string;
  platform: string;
  dataDir: string;
  files: FileDelivery;
  services: Services;
}
