/**
 * Salesforce's token hosts and the `aud` each one expects (docs/salesforce-jwt.md, "The request"):
 * login for production and Developer Edition, test for sandboxes, the org's My Domain (required for External
 * Client Apps since Spring '26: the legacy hosts no longer redirect for them), or an Experience Cloud site URL.
 */
export const LOGIN_URL = 'https://login.salesforce.com';
export const TEST_URL = 'https://test.salesforce.com';
export const TOKEN_PATH = '/services/oauth2/token';
/** The grant_type of the JWT Bearer flow (RFC 7523). */
export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export type Environment =
  | { kind: 'production' }
  /** `sandboxName` (optional) changes no host: it lets a username's `.sandboxname` suffix be checked. */
  | { kind: 'sandbox'; sandboxName?: string }
  | { kind: 'my-domain'; myDomain: string; sandboxName?: string }
  | { kind: 'site'; siteUrl: string };

export type EnvironmentKind = Environment['kind'];

/** Where to POST the assertion (base URL, without the token path) and the `aud` it must carry. */
export interface ResolvedEnvironment {
  endpoint: string;
  aud: string;
}

const MY_DOMAIN_NAME = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/i;
const SANDBOX_NAME = /^[a-z][a-z0-9]{0,9}$/i;

/** Why a My Domain name cannot be right, or undefined when it can. */
export function myDomainNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'Enter the My Domain name (the part before .my.salesforce.com).';
  if (/[./:]/.test(name)) return 'Enter only the name, e.g. acme for https://acme.my.salesforce.com.';
  if (!MY_DOMAIN_NAME.test(name))
    return 'A My Domain name has letters, digits and hyphens, and starts and ends with a letter or digit.';
  return undefined;
}

/** Why a sandbox name cannot be right, or undefined when it can. Sandbox names are letters and digits, 1 to 10. */
export function sandboxNameProblem(name: string): string | undefined {
  if (!SANDBOX_NAME.test(name)) return 'A sandbox name starts with a letter and has at most 10 letters and digits.';
  return undefined;
}

export function myDomainUrl(myDomain: string, sandboxName?: string): string {
  const name = myDomain.trim().toLowerCase();
  return sandboxName
    ? `https://${name}--${sandboxName.trim().toLowerCase()}.sandbox.my.salesforce.com`
    : `https://${name}.my.salesforce.com`;
}

/** An Experience Cloud site URL without a trailing slash; its path (if any) is part of the `aud`. */
export function normalizeSiteUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

export function resolveEnvironment(env: Environment): ResolvedEnvironment {
  switch (env.kind) {
    case 'production':
      return { endpoint: LOGIN_URL, aud: LOGIN_URL };
    case 'sandbox':
      return { endpoint: TEST_URL, aud: TEST_URL };
    case 'my-domain': {
      const url = myDomainUrl(env.myDomain, env.sandboxName);
      return { endpoint: url, aud: url };
    }
    case 'site': {
      const url = normalizeSiteUrl(env.siteUrl);
      return { endpoint: url, aud: url };
    }
  }
}

export function tokenUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}${TOKEN_PATH}`;
}

export type HostRole = 'login' | 'test' | 'my-domain' | 'sandbox-my-domain' | 'site' | 'other-salesforce' | 'unknown';

export interface ClassifiedHost {
  role: HostRole;
  /** The My Domain name, for my-domain and sandbox-my-domain. */
  myDomain?: string | undefined;
  sandboxName?: string | undefined;
}

/** What part a URL plays in the flow, from its host name alone. */
export function classifyUrl(url: string): ClassifiedHost {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return { role: 'unknown' };
  }
  if (host === 'login.salesforce.com') return { role: 'login' };
  if (host === 'test.salesforce.com') return { role: 'test' };
  const sandbox = /^([a-z0-9-]+?)--([a-z0-9]+)\.sandbox\.my\.salesforce\.com$/.exec(host);
  if (sandbox) return { role: 'sandbox-my-domain', myDomain: sandbox[1], sandboxName: sandbox[2] };
  const mine = /^([a-z0-9-]+)\.my\.salesforce\.com$/.exec(host);
  if (mine) return { role: 'my-domain', myDomain: mine[1] };
  if (/\.(my\.site\.com|force\.com|site\.com)$/.test(host)) return { role: 'site' };
  if (/(^|\.)salesforce\.com$/.test(host)) return { role: 'other-salesforce' };
  return { role: 'unknown' };
}
