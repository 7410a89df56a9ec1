import type { InspectReport } from '../jwt/inspect';
import { method } from './method';
import { s } from './schema';

/** A signed assertion and what it says, for the builder to show. */
export interface SignedAssertion {
  token: string;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** Tokens and keys are a few KB; these limits only stop absurd inputs at the boundary. */
const TOKEN_MAX = 64 * 1024;

export const jwtContract = {
  /** Signs with the current key: the private key never leaves the Node side. */
  'jwt.sign': method<SignedAssertion>()(
    s.object({
      mode: s.literal('bearer', 'attestation'),
      iss: s.string({ min: 1, max: 500 }),
      /** The username; bearer mode only. */
      sub: s.optional(s.string({ max: 500 })),
      aud: s.string({ min: 1, max: 2000 }),
      expiresInSeconds: s.number({ min: 1, max: 10 * 365 * 86400, integer: true }),
      jti: s.optional(s.string({ min: 1, max: 200 })),
    }),
  ),
  /**
   * Signs a token's header and payload again, as they are, with the current key (RS256): the inspector's "Re-sign"
   * after an edit. The private key never leaves the Node side.
   */
  'jwt.resign': method<SignedAssertion>()(s.object({ token: s.string({ min: 1, max: TOKEN_MAX }) })),
  /**
   * Decodes, lints and verifies a token against a pasted certificate / public key / JWK / JWKS, or else the
   * current key. The inspector page does the same in the renderer; this serves other callers.
   */
  'jwt.inspect': method<InspectReport>()(
    s.object({
      token: s.string({ max: TOKEN_MAX }),
      key: s.optional(s.string({ max: 256 * 1024 })),
      endpoint: s.optional(s.string({ max: 2000 })),
      purpose: s.optional(s.literal('bearer', 'attestation')),
    }),
  ),
};
