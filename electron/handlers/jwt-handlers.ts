import { createPublicKey } from 'node:crypto';
import type { jwtContract, SignedAssertion } from '../../shared/api/jwt-contract';
import { assertionProblem } from '../../shared/jwt/assertion-problems';
import { inspectJwt } from '../../shared/jwt/inspect';
import { readCompactJwt } from '../../shared/jwt/read-compact-jwt';
import { resignProblems } from '../../shared/jwt/resign-problems';
import { signBearerAssertion, signClientAttestation, signPayload } from '../../shared/jwt/sign-assertion';
import type { KeyVault } from '../keys/key-vault';
import type { HandlersFor } from './handler-types';

/** The current key's certificate, or its public key when it has none: the public half only. */
function currentPublicKey(vault: KeyVault): string | undefined {
  const material = vault.current();
  if (!material) return undefined;
  return material.certificatePem ?? createPublicKey(material.privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
}

function signedAssertion(token: string): SignedAssertion {
  const jwt = readCompactJwt(token);
  return { token, header: jwt.header?.value ?? {}, payload: jwt.payload?.value ?? {} };
}

export const jwtHandlers: HandlersFor<typeof jwtContract> = {
  'jwt.sign': async (input, ctx) => {
    const { privateKeyPem } = ctx.services.keyVault.require();
    if (input.mode === 'attestation') {
      const { iss, aud, expiresInSeconds, jti } = input;
      return signedAssertion(await signClientAttestation(privateKeyPem, { iss, aud, expiresInSeconds, jti }));
    }
    if (!input.sub) {
      throw assertionProblem('username-missing');
    }
    const { iss, sub, aud, expiresInSeconds, jti } = input;
    return signedAssertion(await signBearerAssertion(privateKeyPem, { iss, sub, aud, expiresInSeconds, jti }));
  },
  'jwt.resign': async ({ token }, ctx) => {
    const { privateKeyPem } = ctx.services.keyVault.require();
    const jwt = readCompactJwt(token);
    const header = jwt.header?.value;
    const payload = jwt.payload?.value;
    if (!header || !payload) throw resignProblems.raise('token-not-decoded');
    return signedAssertion(await signPayload(privateKeyPem, header, payload));
  },
  'jwt.inspect': (input, ctx) => {
    const { token, key, ...context } = input;
    const verifyWith = key ?? currentPublicKey(ctx.services.keyVault);
    return inspectJwt(token, { ...context, ...(verifyWith ? { key: verifyWith } : {}) });
  },
};
