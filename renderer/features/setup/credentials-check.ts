import { consumerKeyProblem } from '../../../shared/salesforce/consumer-key';
import type { Environment } from '../../../shared/salesforce/endpoints';
import { sandboxSuffix } from '../../../shared/salesforce/username';

/** A pasted value with the whitespace around it removed, and what was removed (to tell the user). */
export function trimPasted(value: string): { value: string; removed?: string } {
  const trimmed = value.trim();
  if (trimmed === value) return { value };
  const start = value.indexOf(trimmed);
  const around = value.slice(0, start) + value.slice(start + trimmed.length);
  const count = `${around.length} character${around.length === 1 ? '' : 's'}`;
  return { value: trimmed, removed: /[\r\n]/.test(around) ? `${count} (spaces or line breaks)` : `${count} (spaces)` };
}

export function consumerKeyWarning(clientId: string): string | undefined {
  return clientId === '' ? undefined : consumerKeyProblem(clientId);
}

/** The sandbox the environment points at, if any: its name when known, `true` when only "a sandbox". */
function environmentSandbox(environment: Environment): string | true | undefined {
  if ((environment.kind === 'sandbox' || environment.kind === 'my-domain') && environment.sandboxName)
    return environment.sandboxName.toLowerCase();
  if (environment.kind === 'sandbox') return true;
  return undefined;
}

/**
 * Sandbox copies of a user carry `.sandboxname` (admin@acme.com.uat): sent to the production host, or to
 * another sandbox, such a username gives `user hasn't approved this consumer` (docs/salesforce-jwt.md, errors).
 */
export function usernameWarning(username: string, environment: Environment): string | undefined {
  if (username === '') return undefined;
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(username))
    return 'A Salesforce username looks like an e-mail address (name@company.com).';
  const suffix = sandboxSuffix(username);
  const sandbox = environmentSandbox(environment);
  // A known sandbox name settles it, even where the suffix heuristic cannot tell (.dev is also a TLD).
  if (typeof sandbox === 'string' && username.toLowerCase().endsWith(`.${sandbox}`)) return undefined;
  if (suffix && sandbox === undefined && environment.kind !== 'site') {
    return `This username ends in .${suffix}, like a sandbox copy of a user, but step 1 chose production. Choose Sandbox in step 1, or use the production username.`;
  }
  if (typeof sandbox === 'string' && suffix !== undefined && suffix !== sandbox) {
    return `This username ends in .${suffix} but step 1 chose the sandbox "${sandbox}": a user of sandbox ${sandbox} usually ends in .${sandbox}.`;
  }
  if (sandbox !== undefined && suffix === undefined) {
    const ending = typeof sandbox === 'string' ? sandbox : 'sandboxname';
    return `Step 1 chose ${typeof sandbox === 'string' ? `the sandbox "${sandbox}"` : 'a sandbox'}, but this username has no sandbox suffix: sandbox usernames usually end in .${ending} (${username}.${ending}).`;
  }
  return undefined;
}
