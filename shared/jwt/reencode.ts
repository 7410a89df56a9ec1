import { encodeSegment } from './base64url';
import { readCompactJwt } from './read-compact-jwt';

export type EditedSegment = 'header' | 'payload';

/**
 * The token with its header or payload replaced by edited JSON, re-encoded as jwt.io does (compact JSON, UTF-8,
 * base64url), the other segments kept as they were. The old signature stays: it was made over the old text, so
 * it no longer matches (RFC 7515 §5.2), which the inspector says.
 */
export function reencodeJwt(
  token: string,
  segment: EditedSegment,
  json: string,
): { ok: true; token: string } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: `Not valid JSON yet: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: `The ${segment} must be a JSON object ({ … }).` };
  }
  const jwt = readCompactJwt(token);
  const [header = '', payload = '', signature = ''] = jwt.segments;
  const encoded = encodeSegment(new TextEncoder().encode(JSON.stringify(value)));
  return { ok: true, token: segment === 'header' ? `${encoded}.${payload}.${signature}` : `${header}.${encoded}.${signature}` };
}
