/**
 * A certificate that expires breaks every login signed with its key (`invalid assertion`), so the profile list
 * warns a month ahead. Rotation without downtime: the app accepts the new certificate once uploaded, so the
 * new key is put in use only after the upload has propagated.
 */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryStatus = 'ok' | 'expiring' | 'expired';

export function expiryStatus(daysLeft: number): ExpiryStatus {
  if (daysLeft < 0) return 'expired';
  return daysLeft < EXPIRY_WARNING_DAYS ? 'expiring' : 'ok';
}

export const ROTATION_STEPS: readonly string[] = [
  'Generate a new key and certificate on the Keys & certificate page.',
  'Upload the new certificate to the app before the old one expires (Connected App: Edit → Use digital signatures; External Client App: Settings → OAuth → Enable JWT Bearer Flow).',
  'Wait 2–10 minutes for the change to reach the login servers, then test the login with the new key.',
  'Save the profile with the new key and deploy the new private key to your integration.',
];
