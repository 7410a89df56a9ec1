import type { ErrorShape } from '../../shared/errors/studio-error';
import type { ApiVersion, TokenIdentity, TokenProof } from '../../shared/salesforce/exchange-report';
import type { TokenGrant } from '../../shared/salesforce/token-response';
import { maskSecretsInText } from '../../shared/secrets/mask';
import { requestTimeoutMs, type TransportOptions } from './token-exchange';
import { sendHttpRequest } from './transport/http-request';
import { NetworkError } from './transport/network-error';

async function getJson(url: string, accessToken: string, options: TransportOptions): Promise<unknown> {
  let response: Awaited<ReturnType<typeof sendHttpRequest>>;
  try {
    response = await sendHttpRequest({
      url,
      method: 'GET',
      headers: { accept: 'application/json', authorization: `Bearer ${accessToken}` },
      timeoutMs: requestTimeoutMs(options),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.ca ? { ca: options.ca } : {}),
      ...(options.env ? { env: options.env } : {}),
    });
  } catch (error) {
    if (error instanceof NetworkError && error.kind === 'timeout') {
      throw {
        code: 'proof-timeout',
        message: `${url} did not answer before the exchange's deadline.`,
        hint: 'The token was issued; the instance is slow or unreachable from here. Try again, or raise the timeout.',
      };
    }
    const message = error instanceof NetworkError ? error.message : 'The request failed.';
    throw {
      code: 'proof-unreachable',
      message: `${url}: ${message}`,
      hint: 'The token was issued; check the network path to the instance.',
    };
  }
  if (response.status !== 200) {
    throw {
      code: 'proof-refused',
      // An endpoint may echo the request, Authorization header included: masked before it is cut to length.
      message: `${url} answered HTTP ${response.status}: ${maskSecretsInText(response.body, [accessToken]).slice(0, 160)}`,
      hint: 'A 401 INVALID_SESSION_ID means the token was not accepted: check the app\'s OAuth scopes include "api".',
    };
  }
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    throw { code: 'proof-not-json', message: `${url} did not answer JSON.`, hint: 'The instance URL may be wrong.' };
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

/**
 * Proves a fresh token (docs/salesforce-jwt.md, "Success"): `GET {id}` with the bearer token names the user and
 * the org; `GET {instance_url}/services/data/` lists the API versions. Each call's failure is reported, not thrown.
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
    proof.problems.push(identity.reason as ErrorShape);
  }
  if (versions.status === 'fulfilled') {
    const latest = latestVersion(versions.value);
    if (latest) proof.latestApiVersion = latest;
  } else {
    proof.problems.push(versions.reason as ErrorShape);
  }
  return proof;
}
