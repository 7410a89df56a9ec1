import type { appContract } from '../../shared/api/app-contract';
import type { HandlersFor } from './handler-types';

export const appHandlers: HandlersFor<typeof appContract> = {
  'app.info': (_input, ctx) => ({ name: 'SF JWT Studio', version: ctx.version, host: ctx.host, platform: ctx.platform }),
};
