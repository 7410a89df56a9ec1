import { PROOF_ERRORS } from '../../shared/errors/proof-errors';
import { toErrorShape } from '../../shared/errors/studio-error';
import type {
  ApiVersion,
  OrgRecordProof,
  TokenIdentity,
  TokenProof,
  UserRecordProof,
} from '../../shared/salesforce/exchange-report';
import type { TokenGrant } from '../../shared/salesforce/token-response';
import { maskSecretsInText } from '../../shared/secrets/mask';
import { type TransportOptions, withTimeout } from './token-exchange';
import { sendHttpRequest } from './transport/http-request';
import { NetworkError } from './transport/network-error';

async function getJson(url: string, accessToken: string, options: TransportOptions): Promise<unknown> {
  let response: Awaited<ReturnType<typeof sendHttpRequest>>;
  try {
    response = await sendHttpRequest({
      url,
      method: 'GET',
      headers: { accept: 'application/json', authorization: `Bearer ${accessToken}` },
      ...withTimeout(options),
    });
  } catch (error) {
    if (error instanceof NetworkError && error.kind === 'timeout') {
      throw PROOF_ERRORS.raise('proof-timeout', `${url} did not answer before the exchange's deadline.`);
    }
    const message = error instanceof NetworkError ? error.message : 'The request failed.';
    throw PROOF_ERRORS.raise('proof-unreachable', `${url}: ${message}`);
  }
  if (response.status !== 200) {
    // An endpoint may echo the request, Authorization header included: masked before it is cut to length.
    const body = maskSecretsInText(response.body, [accessToken]).slice(0, 160);
    throw PROOF_ERRORS.raise('proof-refused', `${url} answered HTTP ${response.status}: ${body}`);
  }
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    throw PROOF_ERRORS.raise('proof-not-json', `${url} did not answer JSON.`);
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Highest API version from `GET /services/data/`, compared numerically (66.0 > 9.0). */
function latestVersion(list: unknown): ApiVersion | undefined {
  if (!Array.isArray(list)) return undefined;
  const versions = list
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && typeof v.version === 'string')
    .sort((a, b) => Number.parseFloat(String(b.version)) - Number.parseFloat(String(a.version)));
  const top = versions[0];
  if (!top) return undefined;
  const label = text(top.label);
  const url = text(top.url);
  return { version: String(top.version), ...(label ? { label } : {}), ...(url ? { url } : {}) };
}

/** The first record of a REST query answer (`{ totalSize, done, records }`). */
function firstRecord(answer: unknown): Record<string, unknown> | undefined {
  const records = typeof answer === 'object' && answer !== null ? (answer as { records?: unknown }).records : undefined;
  const first = Array.isArray(records) ? records[0] : undefined;
  return typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : undefined;
}

/** A user id as Salesforce writes it (`005` and 12 or 15 more characters), so it can go into a query as is. */
const USER_ID = /^005[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/;

function userIdOf(grant: TokenGrant, identity: TokenIdentity | undefined): string | undefined {
  const candidate = identity?.userId ?? grant.id.split('/').filter(Boolean).at(-1);
  return candidate && USER_ID.test(candidate) ? candidate : undefined;
}

/**
 * The integration's first real call, rehearsed: `SELECT Id, Name FROM Organization` and the user's own record
 * with the profile (REST API Developer Guide, "Query"), through the latest API version the token reaches.
 */
async function proveRecords(
  grant: TokenGrant,
  version: ApiVersion,
  userId: string | undefined,
  options: TransportOptions,
  proof: TokenProof,
): Promise<void> {
  const base = `${grant.instanceUrl.replace(/\/+$/, '')}/services/data/v${version.version}/query?q=`;
  const query = (soql: string) => getJson(`${base}${encodeURIComponent(soql)}`, grant.accessToken, options);
  const [org, user] = await Promise.allSettled([
    query('SELECT Id, Name FROM Organization'),
    userId ? query(`SELECT Id, Username, Name, Profile.Name FROM User WHERE Id = '${userId}'`) : Promise.resolve(undefined),
  ]);
  if (org.status === 'fulfilled') {
    const record = firstRecord(org.value);
    const found: OrgRecordProof = {};
    const id = text(record?.Id);
    const name = text(record?.Name);
    if (id) found.id = id;
    if (name) found.name = name;
    proof.org = found;
  } else proof.problems.push(toErrorShape(org.reason));
  if (user.status === 'fulfilled' && user.value !== undefined) {
    const record = firstRecord(user.value);
    const profile = record?.Profile;
    const fields: [keyof UserRecordProof, unknown][] = [
      ['id', record?.Id],
      ['username', record?.Username],
      ['name', record?.Name],
      ['profile', typeof profile === 'object' && profile !== null ? (profile as Record<string, unknown>).Name : undefined],
    ];
    const found: UserRecordProof = {};
    for (const [field, value] of fields) {
      const v = text(value);
      if (v) found[field] = v;
    }
    proof.user = found;
  } else if (user.status === 'rejected') proof.problems.push(toErrorShape(user.reason));
}

/**
 * Proves a fresh token (docs/salesforce-jwt.md, "Success"): `GET {id}` with the bearer token names the user and
 * the org; `GET {instance_url}/services/data/` lists the API versions; then two queries read the org's name and
 * the user's record with the profile. Each call's failure is reported, not thrown.
 */
export async function proveToken(grant: TokenGrant, options: TransportOptions = {}): Promise<TokenProof> {
  const proof: TokenProof = { problems: [] };
  const [identity, versions] = await Promise.allSettled([
    getJson(grant.id, grant.accessToken, options),
    getJson(`${grant.instanceUrl.replace(/\/+$/, '')}/services/data/`, grant.accessToken, options),
  ]);
  if (identity.status === 'fulfilled' && typeof identity.value === 'object' && identity.value !== null) {
    const id = identity.value as Record<string, unknown>;
    const fields: [keyof TokenIdentity, unknown][] = [
      ['name', id.display_name ?? id.name],
      ['username', id.username],
      ['orgId', id.organization_id],
      ['userId', id.user_id],
    ];
    proof.identity = {};
    for (const [field, value] of fields) {
      const v = text(value);
      if (v) proof.identity[field] = v;
    }
  } else if (identity.status === 'rejected') {
    proof.problems.push(toErrorShape(identity.reason));
  }
  if (versions.status === 'fulfilled') {
    const latest = latestVersion(versions.value);
    if (latest) proof.latestApiVersion = latest;
  } else {
    proof.problems.push(toErrorShape(versions.reason));
  }
  if (proof.latestApiVersion) {
    await proveRecords(grant, proof.latestApiVersion, userIdOf(grant, proof.identity), options, proof);
  }
  return proof;
}
