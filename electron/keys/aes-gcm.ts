import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM with the full 16-byte tag. Node's decipher accepts shorter tags (down to 4 bytes) unless told the
 * length, and a truncated tag is a forgery made 2^96 times easier (NIST SP 800-38D, section 5.2.1.2 and
 * appendix C), so the length is pinned at both ends and a shorter tag is refused before decryption.
 */
export const GCM_TAG_BYTES = 16;

export interface GcmSealed {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

export function gcmSeal(key: Buffer, plain: Buffer | string, associatedData: Buffer): GcmSealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(associatedData);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/** Throws on a wrong key, a modified ciphertext or a tag that is not exactly 16 bytes. */
export function gcmOpen(key: Buffer, sealed: GcmSealed, associatedData: Buffer): Buffer {
  if (sealed.tag.length !== GCM_TAG_BYTES) throw new Error(`GCM tag must be ${GCM_TAG_BYTES} bytes`);
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: GCM_TAG_BYTES });
  decipher.setAAD(associatedData);
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
}
