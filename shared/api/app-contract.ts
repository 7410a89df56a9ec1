import { method } from './method';
import { s } from './schema';

export type HostKind = 'electron' | 'web';

export interface AppInfo {
  name: string;
  version: string;
  host: HostKind;
  platform: string;
}

export const appContract = {
  'app.info': method<AppInfo>()(s.none()),
};
