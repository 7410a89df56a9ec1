import { importPKCS8, SignJWT } from 'jose';
import { assertionProblem, assertionProblems } from './assertion-problems';

/**
 * The claims of a JWT Bearer assertion (docs/salesforce-jwt.md, "The assertion"): `iss` the
 * Consumer Key, `sub` the username in that org, `aud` the login host (or My Domain / site), `exp` in SECONDS.
 */
export interface BearerClaims {
  iss: string;
  sub: string;
  aud: string;
  expiresInSeconds: number;
  jti?: string | undefined;
  /** Epoch seconds; defaults to the current time. */
  now?: number;
}

/**
 * The claims of a client attestation for OAuth 2.0 for First-Party Applications: `iss` the External Client
 * App's client id, `aud` the Experience Cloud site URL, `exp`, optional `jti`.
 */
export interface AttestationClaims {
  iss: string;
  aud: string;
  expiresInSeconds: number;
  jti?: string | undefined;
  now?: number;
}

function expiry(claims: { expiresInSeconds: number; now?: number }): number {
  if (!Number.isInteger(claims.expiresInSeconds) || claims.expiresInSeconds <= 0) {
    throw assertionProblem('bad-lifetime');
  }
  const now = claims.now ?? Math.floor(Date.now() / 1000);
  // RFC 7519 NumericDate is in seconds; a millisecond exp is a classic mistake (sfdx-core sends one).
  return Math.floor(now) + claims.expiresInSeconds;
}

/** The last key imported: parsing PKCS#8 costs as much as the signature itself, and the key rarely changes. */
let lastImport: { pem: string; key: Promise<CryptoKey> } | undefined;

function importSigningKey(privateKeyPem: string): Promise<CryptoKey> {
  if (lastImport?.pem !== privateKeyPem) lastImport = { pem: privateKeyPem, key: importPKCS8(privateKeyPem, 'RS256') };
  return lastImport.key;
}

const unusableKey = () => assertionProblems.raise('key-unusable');

async function sign(privateKeyPem: string, payload: Record<string, string | number>): Promise<string> {
  let key: CryptoKey;
  try {
    key = await importSigningKey(privateKeyPem);
  } catch {
    lastImport = undefined;
    throw unusableKey();
  }
  // Header {"alg":"RS256"} only: Salesforce accepts RS256 alone (RS512 fails with invalid_client).
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256' }).sign(key);
}

/**
 * Signs claims as they are (the inspector's edited payload) with the key in use: the header keeps its other
 * fields (typ, kid) but says RS256, the one algorithm the key and Salesforce share.
 */
export async function signPayload(
  privateKeyPem: string,
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
): Promise<string> {
  const key = await importSigningKey(privateKeyPem).catch(() => {
    lastImport = undefined;
    throw unusableKey();
  });
  return new SignJWT(payload).setProtectedHeader({ ...header, alg: 'RS256' }).sign(key);
}

export async function signBearerAssertion(privateKeyPem: string, claims: BearerClaims): Promise<string> {
  const payload: Record<string, string | number> = {
    iss: claims.iss,
    sub: claims.sub,
    aud: claims.aud,
    exp: expiry(claims),
  };
  if (claims.jti) payload.jti = claims.jti;
  return sign(privateKeyPem, payload);
}

export async function signClientAttestation(privateKeyPem: string, claims: AttestationClaims): Promise<string> {
  const payload: Record<string, string | number> = { iss: claims.iss, aud: claims.aud, exp: expiry(claims) };
  if (claims.jti) payload.jti = claims.jti;
  return sign(privateKeyPem, payload);
}
