import { randomBytes } from 'node:crypto';
import { LOGIN_URL, TEST_URL } from '../../../shared/salesforce/endpoints';
import type { Breakage } from '../../../shared/salesforce/rehearsal-breakage';
import type { EmulatorConfig } from '../../emulator/emulator-config';
import { type EmulatorRole, roleHost } from '../../emulator/emulator-roles';
import { workingApp, workingOrg, workingUser } from '../../emulator/working-org';

/** What the admin's setup gives the rehearsal: the certificate in use, the app kind, the consumer key, the user. */
export interface RehearsalBase {
  /** The org as the admin described it (production or a sandbox, its My Domain name), so aud stays the real one. */
  org: EmulatorConfig['org'];
  appKind: 'connected' | 'external';
  clientId: string;
  username: string;
  certificatePem: string;
  /** Uploaded instead of the real one by the "wrong certificate" breakage. */
  strangerCertificatePem: string;
  /** The Consumer Key of the admin's own app, through which the org check logs in (REHEARSAL_ADMIN). */
  adminClientId: string;
  /**
   * The admin's own credentials for that app: the key in use when the rehearsal started, so a later rotation
   * of the integration's key (which the app's certificate follows only once confirmed) never locks the admin out.
   */
  adminKey: { privateKeyPem: string; certificatePem: string };
}

/**
 * The rehearsal org's System Administrator and the admin-approved app they log in through, untouched by any
 * breakage: the "Check in the org" panel reads the org with this session, as an admin would with theirs.
 */
export const REHEARSAL_ADMIN = {
  username: 'studio-admin@rehearsal.example.com',
  appName: 'SF JWT Studio org check',
} as const;

/** The org the emulator plays and the request the rehearsal signs, for one breakage. */
export interface RehearsalPlan {
  config: EmulatorConfig;
  role: EmulatorRole;
  appKind: 'connected' | 'external';
  clientId: string;
  username: string;
  aud: string;
  /** Signs this many seconds in the past (the expired-assertion breakage). */
  backdateSeconds: number;
  /** How the assertion is encoded: right (RS256, base64url), or one of the tutorials' two classic mistakes. */
  assertionStyle: AssertionStyle;
}

/** HS256 is jwt.io's default; `=` padding comes from the example on Salesforce's help page (docs/salesforce-jwt.md). */
export type AssertionStyle = 'rs256' | 'hs256' | 'padded';

export const DEFAULT_USERNAME = 'admin@example.com';
/** The My Domain the rehearsal org gets when the admin named none. */
export const DEFAULT_MY_DOMAIN = 'rehearsal';
/** The sandbox name the "sandbox user on login" breakage uses when the admin's org is production. */
const DEFAULT_SANDBOX = 'uat';

/** A Consumer Key shaped like Salesforce's: 3MVG, then about 80 letters, digits, dots and underscores. */
export function rehearsalConsumerKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._';
  const bytes = randomBytes(81);
  return `3MVG9${[...bytes].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

/** The same key with its last character changed: the copy mistake Salesforce answers with invalid_client_id. */
function typo(key: string): string {
  const last = key.slice(-1);
  return `${key.slice(0, -1)}${last === 'x' ? 'y' : 'x'}`;
}

/**
 * A working setup for the admin's org (docs/salesforce-jwt.md: admin-approved policy, the user's profile assigned,
 * api and refresh_token scopes, an app older than its propagation delay), then the one change a breakage makes.
 */
export function planRehearsal(base: RehearsalBase, breakage: Breakage): RehearsalPlan {
  const org = base.org;
  const config = workingOrg({
    org,
    certificatePem: base.certificatePem,
    username: base.username,
    consumerKey: base.clientId,
    appKind: base.appKind,
    appName: 'SF JWT Studio rehearsal',
  });
  const user = config.users[0]!;
  const app = config.apps[0]!;
  // The org check's admin and their own app (REHEARSAL_ADMIN), which no breakage touches.
  config.users.push(workingUser(REHEARSAL_ADMIN.username));
  config.apps.push(
    workingApp({
      certificatePem: base.adminKey.certificatePem,
      consumerKey: base.adminClientId,
      appName: REHEARSAL_ADMIN.appName,
    }),
  );
  let clientId = base.clientId;
  let backdateSeconds = 0;
  let assertionStyle: AssertionStyle = 'rs256';
  let audOverride: string | undefined;
  let roleOverride: EmulatorRole | undefined;
  switch (breakage) {
    case 'none':
      break;
    case 'user-not-assigned':
      app.profiles = [];
      break;
    case 'user-not-approved':
      app.kind = 'connected';
      app.permittedUsers = 'self-authorize';
      break;
    case 'wrong-certificate':
      app.certificate = base.strangerCertificatePem;
      break;
    case 'sandbox-user-on-login': {
      // Sandbox copies carry the production username plus ".sandboxname" (docs/salesforce-jwt.md, "sub").
      const sandboxName = org.type === 'sandbox' && org.sandboxName ? org.sandboxName : DEFAULT_SANDBOX;
      app.kind = 'connected';
      config.org = { type: 'sandbox', myDomain: org.myDomain, sandboxName };
      const suffix = `.${sandboxName.toLowerCase()}`;
      user.username = base.username.toLowerCase().endsWith(suffix) ? base.username : `${base.username}${suffix}`;
      roleOverride = 'login';
      break;
    }
    case 'external-app-via-login':
      app.kind = 'external';
      roleOverride = 'login';
      break;
    case 'wrong-audience':
      // The other legacy host: what a copy from a production (or sandbox) tutorial sends.
      audOverride = app.kind === 'external' || org.type === 'sandbox' ? LOGIN_URL : TEST_URL;
      break;
    case 'wrong-client-id':
      clientId = typo(base.clientId);
      break;
    case 'app-not-propagated':
      app.ageSeconds = 0;
      break;
    case 'expired-assertion':
      backdateSeconds = 600;
      break;
    case 'hs256-assertion':
      assertionStyle = 'hs256';
      break;
    case 'padded-assertion':
      assertionStyle = 'padded';
      break;
    case 'user-inactive':
      user.active = false;
      break;
    case 'ip-restricted':
      user.ipRestricted = true;
      break;
    case 'rate-limited':
      config.rateLimitPerUserPerHour = 0;
      break;
    default: {
      const unreachable: never = breakage;
      throw new Error(`Unknown breakage ${String(unreachable)}`);
    }
  }
  // External Client Apps answer only through My Domain since Spring '26; Connected Apps through login, or
  // test for a sandbox (docs/salesforce-jwt.md, "Hosts").
  const role = roleOverride ?? (app.kind === 'external' ? 'myDomain' : config.org.type === 'sandbox' ? 'test' : 'login');
  return {
    config,
    role,
    appKind: app.kind,
    clientId,
    username: user.username,
    aud: audOverride ?? roleHost(role, config.org),
    backdateSeconds,
    assertionStyle,
  };
}
