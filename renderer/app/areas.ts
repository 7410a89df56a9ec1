import type { ComponentType } from 'react';
import { BuilderPage } from '../features/builder/builder-page';
import { ExchangePage } from '../features/exchange/exchange-page';
import { InspectorPage } from '../features/inspector/inspector-page';
import { KeysPage } from '../features/keys/keys-page';
import { ProfilesPage } from '../features/profiles/profiles-page';
import { SetupPage } from '../features/setup/setup-page';
import type { AreaId } from './area-id';

export type { AreaId };

export interface Area {
  id: AreaId;
  label: string;
  Page: ComponentType;
}

/** The app's areas, in navigation order. */
export const areas: Area[] = [
  { id: 'setup', label: 'Setup wizard', Page: SetupPage },
  { id: 'keys', label: 'Keys & certificate', Page: KeysPage },
  { id: 'builder', label: 'JWT builder', Page: BuilderPage },
  { id: 'inspector', label: 'JWT inspector', Page: InspectorPage },
  { id: 'exchange', label: 'Token exchange', Page: ExchangePage },
  { id: 'profiles', label: 'Profiles', Page: ProfilesPage },
];
