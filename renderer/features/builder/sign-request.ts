import type { InputOf } from '../../../shared/api/contract';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import { type AssertionProblemCode, assertionProblem } from '../../../shared/jwt/assertion-problems';

export type AssertionMode = 'bearer' | 'attestation';

export interface AssertionForm {
  mode: AssertionMode;
  clientId: string;
  username: string;
  aud: string;
  /** As typed, in seconds. */
  lifetime: string;
  withJti: boolean;
}

const fail = (code: AssertionProblemCode) => ({ ok: false as const, error: assertionProblem(code).toShape() });

/** The jwt.sign input for what the form holds, or the coded error naming the field to fix. */
export function signRequest(
  form: AssertionForm,
  newJti: () => string,
): { ok: true; input: InputOf<'jwt.sign'> } | { ok: false; error: ErrorShape } {
  if (form.clientId.trim() === '') {
    return fail('consumer-key-missing');
  }
  if (form.mode === 'bearer' && form.username.trim() === '') {
    return fail('username-missing');
  }
  if (form.aud.trim() === '') {
    return fail('aud-missing');
  }
  const expiresInSeconds = Number(form.lifetime);
  if (!/^\d+$/.test(form.lifetime.trim()) || expiresInSeconds <= 0) {
    return fail('bad-lifetime');
  }
  // A space copied around the Consumer Key or the username makes another value: invalid_client_id or
  // user hasn't approved this consumer (docs/salesforce-jwt.md, errors). The field warns; the token never carries it.
  const input: InputOf<'jwt.sign'> = { mode: form.mode, iss: form.clientId.trim(), aud: form.aud.trim(), expiresInSeconds };
  if (form.mode === 'bearer') input.sub = form.username.trim();
  if (form.withJti) input.jti = newJti();
  return { ok: true, input };
}

/**
 * The claims of a signed assertion that the form no longer says (iss, sub, aud): the user edited a field after
 * signing, and the shown token, copied or sent to the exchange, would still carry the old value.
 */
export function changedSinceSigning(
  payload: Record<string, unknown>,
  form: Pick<AssertionForm, 'mode' | 'clientId' | 'username' | 'aud'>,
): string[] {
  const now: [string, string | undefined][] = [
    ['iss', form.clientId.trim()],
    ['sub', form.mode === 'bearer' ? form.username.trim() : undefined],
    ['aud', form.aud.trim()],
  ];
  return now.filter(([claim, value]) => payload[claim] !== value).map(([claim]) => claim);
}
