import { importJWK, importSPKI, importX509, type JWK } from 'jose';
import { decodeSegment, encodeSegment } from './base64url';

/** What a pasted key text is: a certificate, a public key (SPKI or PKCS#1), a JWK or JWKS, or not usable. */
export type KeyText =
  | { kind: 'certificate'; pem: string }
  | { kind: 'public-key'; pem: string }
  | { kind: 'jwks'; keys: JWK[] }
  | { kind: 'private-key' }
  | { kind: 'unreadable' };

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;

export function readKeyText(text: string): KeyText {
  const trimmed = text.trim();
  const pem = PEM_BLOCK.exec(trimmed);
  if (pem) {
    const label = pem[1] as string;
    if (label === 'CERTIFICATE') return { kind: 'certificate', pem: pem[0] };
    if (label === 'PUBLIC KEY') return { kind: 'public-key', pem: pem[0] };
    if (label === 'RSA PUBLIC KEY') return pkcs1ToSpki(pem[2] as string);
    if (label.includes('PRIVATE KEY')) return { kind: 'private-key' };
    return { kind: 'unreadable' };
  }
  if (trimmed.startsWith('{')) {
    try {
      const json = JSON.parse(trimmed) as { keys?: unknown; kty?: unknown; d?: unknown };
      if (Array.isArray(json.keys)) return { kind: 'jwks', keys: json.keys as JWK[] };
      if (typeof json.kty === 'string')
        return json.d === undefined ? { kind: 'jwks', keys: [json as JWK] } : { kind: 'private-key' };
    } catch {
      return { kind: 'unreadable' };
    }
  }
  return { kind: 'unreadable' };
}

/**
 * Imports the key(s) for one JWS algorithm; a key of another type (an RSA key for ES256) is left out. A JWKS
 * narrows to the header's `kid` when one of its keys carries it (RFC 7515 §4.1.4).
 */
export async function importVerificationKeys(key: KeyText, alg: string, kid?: string): Promise<CryptoKey[]> {
  const attempt = async (load: () => Promise<CryptoKey | Uint8Array>) => {
    try {
      const imported = await load();
      return imported instanceof Uint8Array ? [] : [imported];
    } catch {
      return [];
    }
  };
  switch (key.kind) {
    case 'certificate':
      return attempt(() => importX509(key.pem, alg));
    case 'public-key':
      return attempt(() => importSPKI(key.pem, alg));
    case 'jwks': {
      const byKid = key.keys.filter((k) => kid !== undefined && k.kid === kid);
      const chosen = byKid.length > 0 ? byKid : key.keys;
      const imported = await Promise.all(chosen.map((jwk) => attempt(() => importJWK({ ...jwk, alg }, alg))));
      return imported.flat();
    }
    default:
      return [];
  }
}

/** DER length octets (X.690 §8.1.3). */
function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

/** OpenSSL's `BEGIN RSA PUBLIC KEY` (PKCS#1) wrapped into SubjectPublicKeyInfo (RFC 5280 §4.1), which jose reads. */
function pkcs1ToSpki(body: string): KeyText {
  const pkcs1 = decodeSegment(body.replace(/\s+/g, ''));
  if (!pkcs1) return { kind: 'unreadable' };
  const rsaAlgorithm = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];
  const bitString = [0x03, ...derLength(pkcs1.length + 1), 0x00, ...pkcs1];
  const inner = [...rsaAlgorithm, ...bitString];
  const der = new Uint8Array([0x30, ...derLength(inner.length), ...inner]);
  const base64 = encodeSegment(der).replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const lines = padded.match(/.{1,64}/g) ?? [];
  return { kind: 'public-key', pem: `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----` };
}
