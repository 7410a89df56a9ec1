import type { orgCheckContract } from '../../shared/api/org-check-contract';
import type { HandlersFor } from './handler-types';

export const orgCheckHandlers: HandlersFor<typeof orgCheckContract> = {
  'orgCheck.sfOrgs': (_input, ctx) => ctx.services.orgCheck.sfOrgs(),
  'orgCheck.connectSfOrg': ({ alias }, ctx) => ctx.services.orgCheck.connectSfOrg(alias),
  'orgCheck.connectToken': ({ instanceUrl, accessToken, keep }, ctx) =>
    ctx.services.orgCheck.connectToken(instanceUrl, accessToken, keep === true),
  'orgCheck.connectRehearsal': (_input, ctx) => ctx.services.orgCheck.connectRehearsal(),
  'orgCheck.connection': (_input, ctx) => ctx.services.orgCheck.info(),
  'orgCheck.disconnect': (_input, ctx) => {
    ctx.services.orgCheck.disconnect();
    return { connected: false as const };
  },
  'orgCheck.run': async ({ username, app, attemptId }, ctx) => {
    const report = await ctx.services.orgCheck.run({ username, ...(app ? { app } : {}) });
    const diagnosis = attemptId ? ctx.services.exchange.diagnoseWith(attemptId, report.facts) : undefined;
    return diagnosis ? { report, diagnosis } : { report };
  },
};
