import { readCompactJwt } from './read-compact-jwt';
import { importVerificationKeys, readKeyText } from './verification-key';

export type SignatureStatus = 'valid' | 'invalid' | 'unchecked';

/** Why the signature is what it is; stable codes the UI and tests read. */
export type SignatureReason =
  | 'verified'
  | 'no-key'
  | 'unreadable-key'
  | 'private-key-given'
  | 'malformed-token'
  | 'unsigned'
  | 'alg-mismatch'
  | 'shared-secret'
  | 'wrong-key';

export interface SignatureCheck {
  status: SignatureStatus;
  reason: SignatureReason;
  /** One sentence for a person. */
  message: string;
}

/** WebCrypto parameters of the JWS algorithms that a certificate or public key can check (RFC 7518 §3). */
const WEBCRYPTO: Record<string, AlgorithmIdentifier | RsaPssParams | EcdsaParams> = {
  RS256: { name: 'RSASSA-PKCS1-v1_5' },
  RS384: { name: 'RSASSA-PKCS1-v1_5' },
  RS512: { name: 'RSASSA-PKCS1-v1_5' },
  PS256: { name: 'RSA-PSS', saltLength: 32 } as RsaPssParams,
  PS384: { name: 'RSA-PSS', saltLength: 48 } as RsaPssParams,
  PS512: { name: 'RSA-PSS', saltLength: 64 } as RsaPssParams,
  ES256: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
  ES384: { name: 'ECDSA', hash: 'SHA-384' } as EcdsaParams,
  ES512: { name: 'ECDSA', hash: 'SHA-512' } as EcdsaParams,
};

const check = (status: SignatureStatus, reason: SignatureReason, message: string): SignatureCheck => ({
  status,
  reason,
  message,
});

/**
 * Verifies a JWS signature over `header.payload` against a certificate PEM, public key PEM (SPKI or PKCS#1),
 * JWK or JWKS. Pure WebCrypto through jose's importers: runs in the renderer, so a pasted token never leaves
 * the page. Never throws.
 */
export async function verifyJwtSignature(token: string, keyText: string | undefined): Promise<SignatureCheck> {
  const jwt = readCompactJwt(token);
  const header = jwt.header?.value;
  if (jwt.segments.length !== 3) {
    return check('unchecked', 'malformed-token', 'The token cannot be split into header, payload and signature.');
  }
  if (!header) {
    return check('unchecked', 'malformed-token', 'The header cannot be decoded, so the algorithm to check with is unknown.');
  }
  const alg = typeof header.alg === 'string' ? header.alg : '';
  if (jwt.signature?.text === '' || alg.toLowerCase() === 'none') {
    return check('invalid', 'unsigned', 'The token is not signed.');
  }
  if (!keyText || keyText.trim() === '') {
    return check('unchecked', 'no-key', 'No certificate or public key was given to check the signature with.');
  }
  const key = readKeyText(keyText);
  if (key.kind === 'private-key') {
    return check('unchecked', 'private-key-given', 'That is a private key: check with the certificate or public key instead.');
  }
  if (key.kind === 'unreadable') {
    return check('unchecked', 'unreadable-key', 'The key is not a certificate PEM, public key PEM, JWK or JWKS.');
  }
  // An HMAC signature is made and checked with one shared secret (RFC 7518 §3.2): a certificate cannot tell whether
  // it is right, so the verdict is "cannot be checked", not "invalid"; the lint's alg-hmac says Salesforce refuses it.
  if (/^HS\d+$/i.test(alg)) {
    return check(
      'unchecked',
      'shared-secret',
      `${alg} is a shared-secret signature: it cannot be checked with a certificate, and Salesforce rejects it.`,
    );
  }
  const params = WEBCRYPTO[alg];
  if (!params) {
    return check(
      'invalid',
      'alg-mismatch',
      `The token says alg ${JSON.stringify(header.alg ?? null)}, which no certificate or public key can check.`,
    );
  }
  const keys = await importVerificationKeys(key, alg, typeof header.kid === 'string' ? header.kid : undefined);
  if (keys.length === 0) {
    const readable = (await importVerificationKeys(key, alg.startsWith('ES') ? 'RS256' : 'ES256')).length > 0;
    return readable
      ? check('invalid', 'alg-mismatch', `The key is of another type than the token's algorithm ${alg}.`)
      : check('unchecked', 'unreadable-key', 'The key could not be read: is the PEM or JSON complete?');
  }
  const signature = jwt.signature?.bytes;
  if (!signature) return check('unchecked', 'malformed-token', 'The signature segment is not base64url.');
  const data = new TextEncoder().encode(`${jwt.segments[0]}.${jwt.segments[1]}`);
  for (const cryptoKey of keys) {
    try {
      if (await crypto.subtle.verify(params, cryptoKey, signature as Uint8Array<ArrayBuffer>, data)) {
        return check('valid', 'verified', `The ${alg} signature matches this key.`);
      }
    } catch {
      // A key WebCrypto refuses for this algorithm cannot have made the signature: try the next one.
    }
  }
  return check(
    'invalid',
    'wrong-key',
    'The signature does not match this key: the token was signed with another private key, or changed after signing.',
  );
}
