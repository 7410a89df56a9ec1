import type { jwtContract } from '../../shared/api/jwt-contract';
import type { HandlersFor } from './registry';

export const jwtHandlers: HandlersFor<typeof jwtContract> = {};
