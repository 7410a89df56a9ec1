import { expiryStatus, ROTATION_STEPS } from '../../../shared/profiles/certificate-expiry';

/** Under 30 days left (or expired): the warning and the rotation steps that avoid a failed login. */
export function CertificateExpiryWarning({ name, daysLeft }: { name: string; daysLeft: number }) {
  const status = expiryStatus(daysLeft);
  if (status === 'ok') return null;
  return (
    <div className="notice warning profiles-expiry" role="alert">
      <p>
        <strong>
          {status === 'expired'
            ? `The certificate of "${name}" has expired: logins signed with its key fail.`
            : `The certificate of "${name}" expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'}.`}
        </strong>{' '}
        Rotate it before it expires:
      </p>
      <ol>
        {ROTATION_STEPS.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}
