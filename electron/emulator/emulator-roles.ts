import { LOGIN_URL, myDomainUrl, TEST_URL } from '../../shared/salesforce/endpoints';
import type { EmulatorConfig, EmulatorUrls } from './emulator-config';

/** The three hosts the emulator plays, one loopback listener each. */
export type EmulatorRole = keyof EmulatorUrls;

export const EMULATOR_ROLES: readonly EmulatorRole[] = ['login', 'test', 'myDomain'];

/**
 * The real Salesforce host a role stands for. The assertion's `aud` is checked against this, never against the
 * loopback address the request actually reached (docs/salesforce-jwt.md, "The assertion": aud must match the host).
 */
export function roleHost(role: EmulatorRole, org: EmulatorConfig['org']): string {
  switch (role) {
    case 'login':
      return LOGIN_URL;
    case 'test':
      return TEST_URL;
    case 'myDomain':
      return myDomainUrl(org.myDomain, org.type === 'sandbox' ? org.sandboxName : undefined);
  }
}

/**
 * The `aud` values a role accepts from an app. Each role accepts the host it plays. On My Domain a Connected
 * App also accepts the org's legacy audience (login for production, test for sandboxes): that is what the sf
 * CLI (sfdx-core) sends to My Domain hosts, and it logs in [infer, strong]. An External Client App accepts
 * only its My Domain (docs/salesforce-jwt.md, "The request").
 */
export function acceptedAudiences(role: EmulatorRole, org: EmulatorConfig['org'], appKind: 'connected' | 'external'): string[] {
  const own = roleHost(role, org);
  if (role !== 'myDomain' || appKind === 'external') return [own];
  return [own, org.type === 'sandbox' ? TEST_URL : LOGIN_URL];
}

/**
 * Whether the org can be reached through this role at all: login.salesforce.com only knows production orgs
 * and test.salesforce.com only sandboxes; the My Domain reaches its own org either way.
 */
export function roleServesOrg(role: EmulatorRole, orgType: EmulatorConfig['org']['type']): boolean {
  if (role === 'login') return orgType === 'production';
  if (role === 'test') return orgType === 'sandbox';
  return true;
}
