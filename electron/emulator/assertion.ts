/**
 * The emulator reads the JWT itself, as Salesforce does, independently of the app's own JWT code. A compact
 * JWS is three base64url segments without padding (RFC 7515 §2, §7.1); standard base64 (`+`, `/`, `=`),
 * line breaks or anything not JSON inside make it `invalid assertion` (docs/salesforce-jwt.md, "The assertion").
 */
export interface ParsedAssertion {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** `header.payload` as sent: the bytes the signature covers. */
  signingInput: string;
  signature: Buffer;
}

const SEGMENT = /^[A-Za-z0-9_-]*$/;

function decodeSegment(segment: string): Buffer | undefined {
  // A base64url string of length 4n+1 cannot come from any byte sequence.
  if (!SEGMENT.test(segment) || segment.length % 4 === 1) return undefined;
  return Buffer.from(segment, 'base64url');
}

function decodeJsonObject(segment: string): Record<string, unknown> | undefined {
  const bytes = decodeSegment(segment);
  if (!bytes || bytes.length === 0) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function parseAssertion(text: string): ParsedAssertion | undefined {
  const parts = text.split('.');
  if (parts.length !== 3) return undefined;
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJsonObject(headerPart);
  const payload = decodeJsonObject(payloadPart);
  const signature = decodeSegment(signaturePart);
  if (!header || !payload || !signature) return undefined;
  return { header, payload, signingInput: `${headerPart}.${payloadPart}`, signature };
}

/** The user the assertion names: the legacy `prn` wins over `sub` when both are present [doc]. */
export function assertedUsername(payload: Record<string, unknown>): string | undefined {
  const claim = payload.prn ?? payload.sub;
  return typeof claim === 'string' ? claim : undefined;
}

/**
 * `exp` in seconds. The help page's own example sends it as a string, and Salesforce accepts that, so a
 * numeric string counts; anything else is no expiry at all.
 */
export function expirySeconds(payload: Record<string, unknown>): number | undefined {
  const exp = payload.exp;
  if (typeof exp === 'number' && Number.isFinite(exp)) return exp;
  if (typeof exp === 'string' && /^\d+(\.\d+)?$/.test(exp.trim())) return Number(exp);
  return undefined;
}
