import { EXPORT_FORMATS } from '../keys/export-format';
import type { KeyImportResult } from '../keys/key-import-result';
import { KEY_SIZES } from '../keys/key-request';
import type { KeySummary } from '../keys/key-summary';
import type { Delivery } from './delivery';
import { method } from './method';
import { type Schema, s } from './schema';

const text = (max: number) => s.optional(s.string({ max }));

const subject = s.object({
  commonName: s.string({ min: 1, max: 64 }),
  organization: text(64),
  organizationalUnit: text(64),
  locality: text(64),
  state: text(64),
  country: text(2),
  email: text(64),
});

const certificateRequest = {
  subject,
  days: s.number({ integer: true, min: 1, max: 36_500 }),
  alias: s.string({ min: 1, max: 64 }),
};

/** 1 MB of file, base64-encoded (4/3 of it). The Node side checks the decoded size again. */
const MAX_IMPORT_BASE64 = Math.ceil((1024 * 1024) / 3) * 4 + 4;

/**
 * The keys feature: make or load the key in use (it stays on the Node side; the renderer gets its public
 * summary), certify a key that came without a certificate, and export its files.
 */
export const keysContract = {
  /** A new RSA key (native, async) and its self-signed certificate. */
  'keys.generate': method<KeySummary>()(
    s.object({ ...certificateRequest, bits: s.literal(...KEY_SIZES) as Schema<(typeof KEY_SIZES)[number]> }),
  ),
  /** A key, certificate or keystore file; a certificate alone pairs with the key in use. */
  'keys.import': method<KeyImportResult>()(
    s.object({
      name: s.string({ max: 255 }),
      contentBase64: s.string({ max: MAX_IMPORT_BASE64, pattern: /^[A-Za-z0-9+/]*={0,2}$/ }),
      password: text(1000),
    }),
  ),
  /** The self-signed certificate for a key that has none (or a fresh one for the key in use). */
  'keys.createCertificate': method<KeySummary>()(s.object(certificateRequest)),
  'keys.current': method<KeySummary | null>()(s.none()),
  /** One file of the key in use, through the host's save dialog or download. */
  'keys.export': method<Delivery>()(s.object({ format: s.literal(...EXPORT_FORMATS), password: text(1000) })),
};
