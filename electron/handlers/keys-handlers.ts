import type { keysContract } from '../../shared/api/keys-contract';
import type { HandlersFor } from './registry';

export const keysHandlers: HandlersFor<typeof keysContract> = {};
