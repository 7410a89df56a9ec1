import { type Infer, s } from '../../shared/api/schema';
import { certificatePemSchema } from '../../shared/profiles/profile-file';
import { wizardAnswersSchema } from '../../shared/workspace/wizard-answers';
import { confirmedCertificateShape, testMarkSchema } from '../../shared/workspace/workspace-view';

export const WORKSPACE_FILE_NAME = 'workspace.json';
/** The random key sealing the workspace's private keys where no keychain answers (electron/workspace/workspace-seal.ts). */
export const KEY_FILE_NAME = 'workspace.key';
export const WORKSPACE_FORMAT = 'sf-jwt-studio/workspace';
export const MAX_TEST_MARKS = 20;

const b64 = (min: number, max: number) => s.string({ min, max, pattern: /^[A-Za-z0-9+/]+={0,2}$/ });

const gcmSchema = s.object({
  scheme: s.literal('keychain', 'key-file'),
  iv: b64(16, 16),
  /** Exactly 16 bytes (24 base64 characters): a shorter tag is refused as damage (electron/keys/aes-gcm.ts). */
  tag: b64(24, 24),
  ciphertext: b64(1, 100_000),
});
const platformSchema = s.object({ scheme: s.literal('platform'), sealed: b64(1, 100_000) });

export type WorkspaceSealed = Infer<typeof gcmSchema> | Infer<typeof platformSchema>;

const sealedSchema = {
  parse(value: unknown, path = ''): WorkspaceSealed {
    const scheme = typeof value === 'object' && value !== null ? (value as { scheme?: unknown }).scheme : undefined;
    return scheme === 'platform' ? platformSchema.parse(value, path) : gcmSchema.parse(value, path);
  },
};

/** A key as the workspace keeps it: the certificate in clear (public), the private key only sealed. */
const storedKeySchema = s.object({
  alias: s.string({ min: 1, max: 200 }),
  source: s.literal('generated', 'imported', 'profile'),
  certificatePem: s.optional(certificatePemSchema),
  privateKey: sealedSchema,
});
export type StoredKey = Infer<typeof storedKeySchema>;

/** The confirmation with the certificate itself: the rehearsal's org holds what the admin uploaded. */
const storedConfirmationSchema = s.object({ ...confirmedCertificateShape, certificatePem: certificatePemSchema });
export type StoredConfirmation = Infer<typeof storedConfirmationSchema>;

/** An admin session kept for "Check in the org" because the admin asked: the org's URL in clear, the token sealed. */
const storedAdminTokenSchema = s.object({ instanceUrl: s.string({ min: 1, max: 2000 }), accessToken: sealedSchema });

/** `workspace.json` in the data folder: what the admin is working on, written atomically as a whole. */
export const workspaceFileSchema = s.object({
  format: s.literal(WORKSPACE_FORMAT),
  version: s.literal(1),
  key: s.optional(storedKeySchema),
  previousKey: s.optional(storedKeySchema),
  adminToken: s.optional(storedAdminTokenSchema),
  wizard: wizardAnswersSchema,
  confirmed: s.object({ configure: s.optional(storedConfirmationSchema), jks: s.optional(storedConfirmationSchema) }),
  tests: s.array(testMarkSchema, { max: MAX_TEST_MARKS }),
});

export type WorkspaceFile = Infer<typeof workspaceFileSchema>;
