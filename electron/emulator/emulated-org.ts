import { type KeyObject, X509Certificate } from 'node:crypto';
import { emulatorErrors } from '../../shared/errors/emulator-errors';
import type { EmulatorApp, EmulatorConfig, EmulatorUser } from './emulator-config';
import { salesforceId } from './salesforce-id';

export interface OrgUser extends EmulatorUser {
  id: string;
}

export interface OrgApp extends EmulatorApp {
  /** The ConnectedApplication record's id (`0H4…`). */
  id: string;
  /** The public key of the uploaded certificate: the only key whose signatures this app accepts. */
  publicKey: KeyObject;
}

/** The configured org, ready to answer: ids assigned, certificates read, lookups by username and Consumer Key. */
export interface EmulatedOrg {
  config: EmulatorConfig;
  orgId: string;
  users: OrgUser[];
  apps: OrgApp[];
  findUser(username: string): OrgUser | undefined;
  findApp(consumerKey: string): OrgApp | undefined;
}

export function certificatePublicKey(pem: string): KeyObject | undefined {
  try {
    return new X509Certificate(pem).publicKey;
  } catch {
    return undefined;
  }
}

export function emulateOrg(config: EmulatorConfig): EmulatedOrg {
  const orgSeed = `${config.org.myDomain}--${config.org.sandboxName ?? ''}`.toLowerCase();
  const orgId = salesforceId('00D', orgSeed);
  const users = config.users.map((u) => ({ ...u, id: salesforceId('005', `${orgSeed}/${u.username.toLowerCase()}`) }));
  const apps = config.apps.map((app, i) => {
    const publicKey = certificatePublicKey(app.certificate);
    if (!publicKey) {
      throw emulatorErrors.raise(
        'emulator-config-invalid',
        `apps[${i}].certificate is not a PEM certificate: give the one uploaded to the app (-----BEGIN CERTIFICATE-----), not the private key.`,
      );
    }
    return { ...app, id: salesforceId('0H4', `${orgSeed}/app/${app.consumerKey}`), publicKey };
  });
  return {
    config,
    orgId,
    users,
    apps,
    // assumption: usernames match case-insensitively, as the Salesforce login page treats them.
    findUser: (username) => users.find((u) => u.username.toLowerCase() === username.toLowerCase()),
    // The Consumer Key is compared exactly: a stray space or a changed letter is `invalid_client_id` [doc].
    findApp: (consumerKey) => apps.find((a) => a.consumerKey === consumerKey),
  };
}
