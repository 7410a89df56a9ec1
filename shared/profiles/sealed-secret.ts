import { s } from '../api/schema';

/**
 * A private key encrypted at rest. `platform`: sealed by the operating system's secret store (Electron
 * safeStorage), readable only by this user on this machine. `passphrase`: scrypt derives an AES-256-GCM key
 * from a passphrase the user sets; GCM's tag detects a wrong passphrase or a modified file.
 */
export type SealedSecret =
  | { scheme: 'platform'; sealed: string }
  | {
      scheme: 'passphrase';
      kdf: 'scrypt';
      n: number;
      r: number;
      p: number;
      salt: string;
      iv: string;
      tag: string;
      ciphertext: string;
    };

const b64 = (max: number) => s.string({ min: 1, max, pattern: /^[A-Za-z0-9+/]+={0,2}$/ });

const platformSchema = s.object({ scheme: s.literal('platform'), sealed: b64(100_000) });
/**
 * scrypt needs about 128·N·r bytes: an imported file must not make the app allocate gigabytes, so the cost
 * parameters are capped at 2^17 × 8 (128 MiB, a few times what SF JWT Studio itself writes: 2^15 × 8).
 */
const passphraseSchema = s.object({
  scheme: s.literal('passphrase'),
  kdf: s.literal('scrypt'),
  n: s.literal(16_384, 32_768, 65_536, 131_072),
  r: s.number({ integer: true, min: 1, max: 8 }),
  p: s.number({ integer: true, min: 1, max: 2 }),
  salt: b64(100),
  iv: b64(100),
  tag: b64(100),
  ciphertext: b64(100_000),
});

export const sealedSecretSchema = {
  parse(value: unknown, path = ''): SealedSecret {
    const scheme = typeof value === 'object' && value !== null ? (value as { scheme?: unknown }).scheme : undefined;
    return scheme === 'platform' ? platformSchema.parse(value, path) : passphraseSchema.parse(value, path);
  },
};
