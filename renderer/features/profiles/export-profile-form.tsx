import { useId, useState } from 'react';
import { passphraseProblem } from '../../../shared/profiles/passphrase';
import type { ProfileSummary } from '../../../shared/profiles/profile-summary';
import { DisabledReason } from '../../components/disabled-reason';
import { NewSecretFields, newSecretProblem } from '../../components/new-secret-fields';
import { CancelActionButton } from './cancel-action-button';
import { useProfiles } from './profiles-store';
import { StoredPassphraseField } from './stored-passphrase-field';

/**
 * Export: the configuration and certificate always; the private key only when asked, encrypted with an export
 * passphrase (and, for a sealed profile, unsealed with its own passphrase first).
 */
export function ExportProfileForm({ profile }: { profile: ProfileSummary }) {
  const { exportProfile, busy } = useProfiles();
  const [passphrase, setPassphrase] = useState('');
  const [withKey, setWithKey] = useState(false);
  const [exportPassphrase, setExportPassphrase] = useState('');
  const [exportConfirm, setExportConfirm] = useState('');
  const locked = profile.protection === 'passphrase';
  const reasonId = useId();
  const exportProblem = withKey
    ? (newSecretProblem(exportPassphrase, exportConfirm, 'passphrase', passphraseProblem) ??
      (locked && passphrase === '' ? 'Enter the profile passphrase.' : undefined))
    : undefined;
  return (
    <form
      className="profiles-action"
      aria-label={`Export ${profile.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void exportProfile({
          name: profile.name,
          includePrivateKey: withKey,
          ...(withKey ? { exportPassphrase, ...(locked ? { passphrase } : {}) } : {}),
        });
      }}
    >
      <p className="help">
        The export holds the configuration and the certificate. The private key is left out unless you include it, and then it is
        encrypted with an export passphrase.
      </p>
      <label className="profiles-check">
        <input
          type="checkbox"
          checked={withKey}
          disabled={profile.protection === 'no-key'}
          onChange={(e) => setWithKey(e.target.checked)}
        />{' '}
        Include the private key (encrypted)
      </label>
      {withKey ? (
        <div className="form-grid">
          {locked ? <StoredPassphraseField name={profile.name} value={passphrase} onChange={setPassphrase} /> : null}
          <NewSecretFields
            noun="passphrase"
            problem={passphraseProblem}
            label="Export passphrase"
            help="Whoever imports the file needs it. Share it another way than the file."
            value={exportPassphrase}
            confirm={exportConfirm}
            onChange={setExportPassphrase}
            onConfirm={setExportConfirm}
          />
        </div>
      ) : null}
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={busy || exportProblem !== undefined}
          aria-describedby={exportProblem ? reasonId : undefined}
        >
          Export "{profile.name}"
        </button>
        <CancelActionButton />
      </div>
      <DisabledReason id={reasonId} reason={exportProblem} />
    </form>
  );
}
