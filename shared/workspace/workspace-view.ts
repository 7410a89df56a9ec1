import { type Infer, s } from '../api/schema';
import type { KeySummary } from '../keys/key-summary';
import { CAUSE_CODES } from '../salesforce/cause-code';
import type { WizardAnswers } from './wizard-answers';

/** The wizard steps whose "done" is about one certificate: uploaded to the app (3), imported as JKS (7). */
export const CERTIFICATE_STEPS = ['configure', 'jks'] as const;
export type CertificateStep = (typeof CERTIFICATE_STEPS)[number];

const fingerprint = s.string({ min: 1, max: 200, pattern: /^[0-9A-F:]+$/ });
const isoTime = s.string({ min: 10, max: 40 });

/** The certificate the admin said they put into Salesforce, as it was then. */
export const confirmedCertificateShape = { fingerprintSha256: fingerprint, at: isoTime };
export const confirmedCertificateSchema = s.object(confirmedCertificateShape);
export type ConfirmedCertificate = Infer<typeof confirmedCertificateSchema>;

/**
 * The last "Test login" against one target: the emulator (rehearsal) or a real Salesforce host. Kept with the
 * certificate fingerprint of the key that signed, so a rotation shows the test needs doing again.
 */
export const testMarkSchema = s.object({
  target: s.literal('emulator', 'salesforce'),
  /** The host that answered: the one the emulator played, or the real one. */
  host: s.string({ min: 1, max: 300 }),
  ok: s.boolean(),
  at: isoTime,
  fingerprintSha256: s.optional(fingerprint),
  firstCause: s.optional(s.literal(...CAUSE_CODES)),
});
export type TestMark = Infer<typeof testMarkSchema>;

/**
 * How the workspace's private keys are sealed on this host: the desktop app's safeStorage, the OS keychain, or
 * a random key in a 0600 file beside the workspace.
 */
export type KeyProtection = 'platform' | 'keychain' | 'key-file';

/** What the renderer sees of the workspace: public values only (summaries, fingerprints, answers). */
export interface WorkspaceView {
  wizard: WizardAnswers;
  confirmed: Partial<Record<CertificateStep, ConfirmedCertificate>>;
  /** The latest test per target (the emulator, each real host) and certificate, newest first. */
  tests: TestMark[];
  /** The key in use before the latest rotation, restorable until discarded. */
  previousKey?: KeySummary;
  protection: { scheme: KeyProtection; description: string };
  /** Said once: a damaged workspace file set aside, a keychain that refused. */
  notices: string[];
}
