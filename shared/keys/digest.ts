import forge from 'node-forge';
import { fromBinary, toBinary } from './forge-bytes';

/** SHA-1 over the concatenation of `parts` (JKS integrity and KeyProtector; fingerprints). */
export function sha1(...parts: Uint8Array[]): Uint8Array {
  const md = forge.md.sha1.create();
  for (const part of parts) md.update(toBinary(part));
  return fromBinary(md.digest().getBytes());
}

export function sha256(data: Uint8Array): Uint8Array {
  return fromBinary(forge.md.sha256.create().update(toBinary(data)).digest().getBytes());
}
