/**
 * Base64url (RFC 4648 §5) as JWS wants it (RFC 7515 §2: no padding, no line breaks). Pure and isomorphic: the
 * renderer decodes pasted tokens with it, so it uses neither Buffer nor any Node module.
 */

/**
 * Decodes a segment leniently, tolerating `=` padding or the standard alphabet (`+`, `/`) so the inspector can
 * still show what a damaged token says (the linter flags both); undefined when it is not base64 at all.
 */
export function decodeSegment(segment: string): Uint8Array | undefined {
  const unpadded = segment.replace(/=+$/, '');
  const mixedAlphabets = /[+/]/.test(unpadded) && /[_-]/.test(unpadded);
  if (!/^[A-Za-z0-9_\-+/]*$/.test(unpadded) || unpadded.length % 4 === 1 || mixedAlphabets) return undefined;
  const standard = unpadded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeSegment(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
