import type { exchangeContract } from '../../shared/api/exchange-contract';
import type { HandlersFor } from './handler-types';

export const exchangeHandlers: HandlersFor<typeof exchangeContract> = {
  'exchange.run': (input, ctx) => ctx.services.exchange.run(input),
  'exchange.cancel': ({ attemptId }, ctx) => ({ cancelled: ctx.services.exchange.cancel(attemptId) }),
  'exchange.revealToken': ({ attemptId }, ctx) => ({ accessToken: ctx.services.exchange.revealToken(attemptId) }),
  'exchange.history': (_input, ctx) => ctx.services.exchange.history.list(),
  // The emulated org holds the certificate confirmed uploaded at step 3, as Salesforce would (the key's own until then).
  'exchange.rehearsal.start': (input, ctx) =>
    ctx.services.exchange.rehearsal.start(
      input,
      ctx.services.keyVault.require(),
      ctx.services.workspace.uploadedCertificatePem(),
    ),
  'exchange.rehearsal.break': ({ breakage }, ctx) => ctx.services.exchange.rehearsal.apply(breakage),
  'exchange.rehearsal.sign': async (_input, ctx) => ({ assertion: await ctx.services.exchange.rehearsal.sign() }),
  'exchange.rehearsal.stop': async (_input, ctx) => {
    await ctx.services.exchange.rehearsal.stop();
    return { running: false as const };
  },
  'exchange.rehearsal.loginHistory': (_input, ctx) => ctx.services.exchange.rehearsal.loginHistory(),
};
