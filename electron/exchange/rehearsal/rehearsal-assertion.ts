import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { signBearerAssertion } from '../../../shared/jwt/sign-assertion';
import type { AssertionStyle } from './rehearsal-plan';

export interface RehearsalClaims {
  iss: string;
  sub: string;
  aud: string;
  expiresInSeconds: number;
  jti: string;
  now: number;
}

/** base64url with the `=` padding standard base64 would add: what Salesforce's help page example shows. */
function padded(segment: string): string {
  return segment + '='.repeat((4 - (segment.length % 4)) % 4);
}

/**
 * The rehearsal's assertion in the style a breakage asks for. RS256 with the key in use is the right one;
 * HS256 with a shared secret (jwt.io's default, the "consumer secret" some tutorials sign with) and padded
 * segments are the two mistakes Salesforce answers with `invalid_client` and `invalid assertion`.
 */
export async function rehearsalAssertion(style: AssertionStyle, privateKeyPem: string, claims: RehearsalClaims): Promise<string> {
  switch (style) {
    case 'rs256':
      return signBearerAssertion(privateKeyPem, claims);
    case 'hs256':
      return new SignJWT({ iss: claims.iss, sub: claims.sub, aud: claims.aud, jti: claims.jti })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setExpirationTime(claims.now + claims.expiresInSeconds)
        .sign(randomBytes(32));
    case 'padded': {
      const token = await signBearerAssertion(privateKeyPem, claims);
      return token.split('.').map(padded).join('.');
    }
    default: {
      const unreachable: never = style;
      throw new Error(`Unknown assertion style ${String(unreachable)}`);
    }
  }
}
