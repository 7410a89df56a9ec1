/**
 * Secrets masked wherever they could be shown or written: a token endpoint's answer, a proof call's error body,
 * the CLI's text and JSON, the history and the logs. Pure, so the renderer and the Node side mask alike.
 * What is ours (the access token of a success) stays revealable on the Node side, by its attempt id.
 */

/** An access token as the UI and the CLI show it until revealed: its first and last characters only. */
export function maskToken(token: string): string {
  if (token.length <= 12) return '•'.repeat(token.length);
  return `${token.slice(0, 4)}…${token.slice(-4)} (${token.length} characters, hidden)`;
}

/** JSON fields that hold a credential in OAuth answers (RFC 6749 §5.1, OpenID Connect) and Salesforce's own. */
const SECRET_KEYS =
  /^(access_token|refresh_token|id_token|sfdc_community_token|token|session_?id|sid|authorization|client_secret|password)$/i;

/**
 * Token shapes found inside free text (an error body that echoes a header, an HTML page):
 * - an `Authorization` value: `Bearer …`, `Basic …`;
 * - a Salesforce session id or access token: the org id (00D + 12 or 15 characters), `!`, then the token;
 * - a JWT (an id_token): three base64url segments, the first a JSON object (`eyJ`);
 * - any other opaque credential: 40 or more token characters mixing upper case, lower case and digits (host
 *   names are lower case, fingerprints are split by colons, so neither is taken for one).
 */
const AUTHORIZATION = /\b(Bearer|Basic|OAuth)(\s+)([^\s"',;<>]+)/gi;
const SESSION_ID = /\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._-]+/g;
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const OPAQUE = /[A-Za-z0-9_+=~!.-]{40,}/g;
const MASKED = /\(\d+ characters, hidden\)/;

function opaque(candidate: string): string {
  const mixed = /[A-Z]/.test(candidate) && /[a-z]/.test(candidate) && /\d/.test(candidate);
  return mixed ? maskToken(candidate) : candidate;
}

/**
 * The text with every secret in it masked: the `known` secrets first (the token just issued, which a proof
 * endpoint may echo), then every token shape above.
 */
export function maskSecretsInText(text: string, known: readonly string[] = []): string {
  let masked = text;
  for (const secret of known) if (secret.length >= 8) masked = masked.split(secret).join(maskToken(secret));
  return masked
    .replace(AUTHORIZATION, (whole, scheme: string, space: string, value: string) =>
      MASKED.test(value) || value === '…' ? whole : `${scheme}${space}${maskToken(value)}`,
    )
    .replace(SESSION_ID, maskToken)
    .replace(JWT, maskToken)
    .replace(OPAQUE, opaque);
}

/**
 * A parsed JSON value with its secrets masked: credential fields whole, every other string through the text
 * masking. Iterative, so no depth of nesting can overflow the stack.
 */
export function maskSecretsInJson(value: unknown, known: readonly string[] = []): unknown {
  const maskValue = (v: unknown, key: string | undefined): unknown => {
    if (typeof v === 'string') return key !== undefined && SECRET_KEYS.test(key) ? maskToken(v) : maskSecretsInText(v, known);
    return v;
  };
  const root: { value: unknown } = { value: maskValue(value, undefined) };
  const pending: { from: unknown; into: Record<string, unknown> | unknown[] }[] = [];
  const copyOf = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const into: Record<string, unknown> | unknown[] = Array.isArray(v) ? [] : {};
    pending.push({ from: v, into });
    return into;
  };
  root.value = copyOf(root.value);
  while (pending.length > 0) {
    const { from, into } = pending.pop() as (typeof pending)[number];
    if (Array.isArray(from)) {
      for (const item of from) (into as unknown[]).push(copyOf(maskValue(item, undefined)));
    } else {
      for (const [key, item] of Object.entries(from as Record<string, unknown>)) {
        (into as Record<string, unknown>)[key] = copyOf(maskValue(item, key));
      }
    }
  }
  return root.value;
}
