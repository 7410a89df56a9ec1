import type { Finding } from './finding';
import type { CompactJwt } from './read-compact-jwt';

/**
 * A Salesforce access token or session id: the 15- or 18-character org id (key prefix 00D), `!`, then an opaque
 * string (docs/salesforce-jwt.md, "The token response"). It is what the token endpoint answers, not what it takes.
 */
const ACCESS_TOKEN = /^00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._-]+$/;

/**
 * Tokens that are not a signed JWT at all, each named in one finding: lint rules for a JWS said about them would
 * only be noise (an access token's "segments", a JWE's encrypted key "cut short").
 */
export function lintTokenKind(jwt: CompactJwt): Finding | undefined {
  if (ACCESS_TOKEN.test(jwt.compact)) {
    return {
      code: 'access-token-not-jwt',
      severity: 'error',
      where: 'token',
      message: 'This is a Salesforce access token or session id (00D…!…), not a JWT.',
      hint: 'An access token is what the token endpoint answers after a login; the assertion you send is a JWT (header.payload.signature, starting eyJ): build one in the JWT builder.',
    };
  }
  // RFC 7516 §7.1: a JWE in compact form has five parts (header, encrypted key, iv, ciphertext, tag).
  if (jwt.segments.length === 5) {
    return {
      code: 'jwe-not-jws',
      severity: 'error',
      where: 'token',
      message: 'This has five segments: it is an encrypted JWT (JWE), not a signed one (JWS).',
      hint: 'Salesforce takes a signed assertion (header.payload.signature, RS256), never an encrypted one: sign the claims without encrypting them.',
    };
  }
  return undefined;
}
