import { jsonTooDeep } from '../json/json-depth';
import { decodeSegment } from './base64url';

export type JsonProblem = 'not-base64' | 'not-utf8' | 'not-json' | 'not-object' | 'too-deep';

/** One of the JSON segments (header, payload): its text, and the object it holds if any. */
export interface JsonSegment {
  text: string;
  value?: Record<string, unknown>;
  problem?: JsonProblem;
}

/** A JWT taken apart without judging it: the linter and the verifier both start from this. */
export interface CompactJwt {
  /** The token without outer whitespace (what a paste adds), a `Bearer ` prefix, and inner whitespace. */
  compact: string;
  /** The text started with `Bearer ` (an Authorization header copied whole); the JWT after it is still read. */
  bearerPrefix: boolean;
  /** Whitespace inside the token: line breaks from a wrapped copy, spaces. */
  innerWhitespace: boolean;
  segments: string[];
  header?: JsonSegment;
  payload?: JsonSegment;
  /** The signature segment, when the token has exactly three. */
  signature?: { text: string; bytes?: Uint8Array | undefined };
}

/** An HTTP Authorization header's scheme (RFC 6750 §2.1), copied with the token. */
export const BEARER_PREFIX = /^bearer\s+/i;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readJsonSegment(text: string): JsonSegment {
  const bytes = decodeSegment(text);
  if (!bytes) return { text, problem: 'not-base64' };
  let json: string;
  try {
    json = utf8.decode(bytes);
  } catch {
    return { text, problem: 'not-utf8' };
  }
  // Refused before parsing: a claim nested thousands of levels deep overflows every recursive reader after this one.
  if (jsonTooDeep(json)) return { text, problem: 'too-deep' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { text, problem: 'not-json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { text, problem: 'not-object' };
  return { text, value: value as Record<string, unknown> };
}

/** Splits and decodes a compact JWS. Never throws: what cannot be decoded is left out and marked. */
export function readCompactJwt(token: string): CompactJwt {
  const pasted = token.trim();
  const prefix = BEARER_PREFIX.exec(pasted);
  const trimmed = prefix ? pasted.slice(prefix[0].length) : pasted;
  const compact = trimmed.replace(/\s+/g, '');
  const segments = compact === '' ? [] : compact.split('.');
  const result: CompactJwt = { compact, bearerPrefix: prefix !== null, innerWhitespace: compact !== trimmed, segments };
  const [header, payload, signature] = segments;
  // One segment is no JWT at all (a key, an access token): decoding it as a header would only add noise.
  if (header !== undefined && payload !== undefined) {
    result.header = readJsonSegment(header);
    result.payload = readJsonSegment(payload);
  }
  if (signature !== undefined && segments.length === 3) {
    result.signature = { text: signature, bytes: decodeSegment(signature) };
  }
  return result;
}
