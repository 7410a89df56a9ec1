import type { exchangeContract } from '../../shared/api/exchange-contract';
import type { HandlersFor } from './registry';

export const exchangeHandlers: HandlersFor<typeof exchangeContract> = {};
