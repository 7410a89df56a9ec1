import type { profilesContract } from '../../shared/api/profiles-contract';
import type { HandlersFor } from './registry';

export const profilesHandlers: HandlersFor<typeof profilesContract> = {};
