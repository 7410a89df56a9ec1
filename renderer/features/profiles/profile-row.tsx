import { APP_KIND_LABELS } from '../../../shared/profiles/profile-config';
import type { ProfileSummary } from '../../../shared/profiles/profile-summary';
import { useSession } from '../../app/session-store';
import { CertificateExpiryWarning } from './certificate-expiry-warning';
import { ProfileActionForm } from './profile-action-form';
import { useProfiles } from './profiles-store';

const PROTECTION: Record<ProfileSummary['protection'], string> = {
  platform: 'Encrypted by this computer’s secret store',
  passphrase: 'Encrypted with a passphrase',
  'no-key': 'No private key (imported without it)',
};

/** One saved profile: what it connects to, its certificate's days left, and its actions. */
export function ProfileRow({ profile }: { profile: ProfileSummary }) {
  const { action, choose, open, duplicate, busy } = useProfiles();
  const current = useSession((s) => s.profileName) === profile.name;
  const mine = action?.name === profile.name ? action : undefined;
  const { config, certificate } = profile;
  return (
    <li className="card profiles-row" aria-labelledby={`profile-${profile.name}`} data-profile={profile.name}>
      <h4 id={`profile-${profile.name}`}>
        {profile.name} {current ? <span className="badge">open</span> : null}
      </h4>
      <dl className="facts">
        <dt>App</dt>
        <dd>{APP_KIND_LABELS[config.appKind]}</dd>
        <dt>Token endpoint</dt>
        <dd className="mono">{config.endpoint}</dd>
        <dt>Consumer Key</dt>
        <dd className="mono profiles-consumer-key">{config.clientId || '—'}</dd>
        <dt>Username</dt>
        <dd className="mono">{config.username || '—'}</dd>
        <dt>Certificate</dt>
        <dd>
          {certificate ? (
            <span data-testid="days-left">
              {profile.keyAlias}: {certificate.daysLeft} days left (until {certificate.notAfter.slice(0, 10)})
            </span>
          ) : (
            'none'
          )}
        </dd>
        <dt>Private key</dt>
        <dd>{PROTECTION[profile.protection]}</dd>
      </dl>
      {certificate ? <CertificateExpiryWarning name={profile.name} daysLeft={certificate.daysLeft} /> : null}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() =>
            profile.protection === 'passphrase' ? choose({ kind: 'open', name: profile.name }) : void open(profile.name)
          }
        >
          Open
        </button>
        <button type="button" disabled={busy} onClick={() => choose({ kind: 'rename', name: profile.name })}>
          Rename
        </button>
        <button type="button" disabled={busy} onClick={() => void duplicate(profile.name)}>
          Duplicate
        </button>
        <button type="button" disabled={busy} onClick={() => choose({ kind: 'export', name: profile.name })}>
          Export
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => choose({ kind: 'delete', name: profile.name })}>
          Delete
        </button>
      </div>
      {mine ? <ProfileActionForm key={`${mine.kind}-${mine.name}`} action={mine} profile={profile} /> : null}
    </li>
  );
}
