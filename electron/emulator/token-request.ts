import { JWT_BEARER_GRANT } from '../../shared/salesforce/endpoints';

/**
 * What the token endpoint accepts before it even looks at the assertion (docs/salesforce-jwt.md, "The request"):
 * a POST whose body is `application/x-www-form-urlencoded` and carries
 * `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`. Parameters sent in headers or in the query string
 * are not read, so such a request has no grant type: `unsupported_grant_type`, the answer the tutorials'
 * mistakes (JSON body, `grand_type=`, GET) get from Salesforce.
 */

export type TokenRequestRead =
  | { ok: true; assertion: string | undefined; clientSecretSent: boolean }
  | { ok: false; failure: 'grant-type-unsupported' };

export function readTokenRequest(method: string | undefined, contentType: string | undefined, body: string): TokenRequestRead {
  if (method !== 'POST') return { ok: false, failure: 'grant-type-unsupported' };
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/x-www-form-urlencoded') return { ok: false, failure: 'grant-type-unsupported' };
  const params = new URLSearchParams(body);
  if (params.get('grant_type') !== JWT_BEARER_GRANT) return { ok: false, failure: 'grant-type-unsupported' };
  return {
    ok: true,
    assertion: params.get('assertion') ?? undefined,
    clientSecretSent: params.has('client_secret'),
  };
}
