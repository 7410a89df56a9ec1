import { type Environment, myDomainNameProblem, sandboxNameProblem } from './endpoints';
import { sandboxSuffix } from './username';

/** The org "Rehearse offline" plays, as `exchange.rehearsal.start` takes it. */
export interface RehearsalOrg {
  myDomain?: string;
  sandboxName?: string;
}

/** Used when a sandbox was chosen without a name and the username carries no suffix. */
const DEFAULT_SANDBOX = 'uat';

/**
 * The rehearsal org that matches the admin's environment: a sandbox stays a sandbox (its Connected App logs in
 * through test.salesforce.com), and a My Domain name is kept, so the aud signed is the one the real org
 * expects. A name that cannot be right is left out: the rehearsal then uses its own.
 */
export function rehearsalOrgFor(environment: Environment, username: string): RehearsalOrg {
  const valid = (name: string | undefined, problem: (n: string) => string | undefined) =>
    name && !problem(name.trim()) ? name.trim().toLowerCase() : undefined;
  switch (environment.kind) {
    case 'production':
    case 'site':
      return {};
    case 'sandbox': {
      const sandboxName =
        valid(environment.sandboxName, sandboxNameProblem) ??
        valid(sandboxSuffix(username), sandboxNameProblem) ??
        DEFAULT_SANDBOX;
      return { sandboxName };
    }
    case 'my-domain': {
      const myDomain = valid(environment.myDomain, myDomainNameProblem);
      const sandboxName = valid(environment.sandboxName, sandboxNameProblem);
      return { ...(myDomain ? { myDomain } : {}), ...(sandboxName ? { sandboxName } : {}) };
    }
    default: {
      const unreachable: never = environment;
      return unreachable;
    }
  }
}
