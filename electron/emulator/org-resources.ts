import type { OrgUser } from './emulated-org';

/** Answers for a valid token: the identity URL and the API version list, shaped like Salesforce's. */

/** Spring '26 is API 66.0, the latest version the emulator reports. */
export const LATEST_API_VERSION = 66;
export const OLDEST_API_VERSION = 31;

/** Release name of an API version: three releases a year, version 20.0 was Winter '11. */
function releaseLabel(version: number): string {
  const sinceWinter11 = version - 20;
  const season = ['Winter', 'Spring', 'Summer'][sinceWinter11 % 3];
  const year = 11 + Math.floor(sinceWinter11 / 3);
  return `${season} '${String(year).padStart(2, '0')}`;
}

/** `GET /services/data/`: every supported version, oldest first, as Salesforce lists them. */
export function apiVersions(): { label: string; url: string; version: string }[] {
  const list = [];
  for (let v = OLDEST_API_VERSION; v <= LATEST_API_VERSION; v++) {
    list.push({ label: releaseLabel(v), url: `/services/data/v${v}.0`, version: `${v}.0` });
  }
  return list;
}

/** A readable name from a username's local part or a My Domain name: `jane.admin@acme.com` → "Jane Admin". */
export function displayName(username: string): string {
  const local = username.split('@')[0] ?? username;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** The User's full name: configured, or derived from the username. */
export function userName(user: OrgUser): string {
  return user.name ?? displayName(user.username);
}

/**
 * `GET {instance}/id/ORGID/USERID`: the identity service's user description (Salesforce Help, "Identity URLs").
 * Name and email are the config's, else derived from the username.
 */
export function identity(instanceUrl: string, orgId: string, user: OrgUser) {
  const name = userName(user);
  const [first, ...rest] = name.split(' ');
  const version = `${LATEST_API_VERSION}.0`;
  const dataUrl = (path: string) => `${instanceUrl}/services/data/v${version}/${path}`;
  return {
    id: `${instanceUrl}/id/${orgId}/${user.id}`,
    asserted_user: true,
    user_id: user.id,
    organization_id: orgId,
    username: user.username,
    nick_name: (user.username.split('@')[0] ?? user.username).slice(0, 40),
    display_name: name,
    email: user.email ?? user.username,
    email_verified: true,
    first_name: rest.length > 0 ? first : null,
    last_name: rest.length > 0 ? rest.join(' ') : name,
    timezone: 'America/Los_Angeles',
    status: { created_date: null, body: null },
    addr_country: null,
    mobile_phone: null,
    mobile_phone_verified: false,
    is_lightning_login_user: false,
    urls: {
      enterprise: `${instanceUrl}/services/Soap/c/${version}/${orgId}`,
      metadata: `${instanceUrl}/services/Soap/m/${version}/${orgId}`,
      partner: `${instanceUrl}/services/Soap/u/${version}/${orgId}`,
      rest: dataUrl(''),
      sobjects: dataUrl('sobjects/'),
      search: dataUrl('search/'),
      query: dataUrl('query/'),
      recent: dataUrl('recent/'),
      profile: `${instanceUrl}/${user.id}`,
      users: dataUrl('chatter/users'),
      custom_domain: instanceUrl,
    },
    active: user.active,
    user_type: 'STANDARD',
    language: 'en_US',
    locale: 'en_US',
    utcOffset: -28800000,
    last_modified_date: '2026-01-01T00:00:00.000+0000',
    is_app_installed: true,
  };
}
