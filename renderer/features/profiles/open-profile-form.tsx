import { useState } from 'react';
import type { ProfileSummary } from '../../../shared/profiles/profile-summary';
import { CancelActionButton } from './cancel-action-button';
import { useProfiles } from './profiles-store';
import { StoredPassphraseField } from './stored-passphrase-field';

/** Opening a passphrase-protected profile: its passphrase unseals the key on the Node side. */
export function OpenProfileForm({ profile }: { profile: ProfileSummary }) {
  const { open, busy } = useProfiles();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="profiles-action"
      aria-label={`Open ${profile.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void open(profile.name, passphrase);
      }}
    >
      <StoredPassphraseField name={profile.name} value={passphrase} onChange={setPassphrase} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy || passphrase === ''}>
          Unlock and open
        </button>
        <CancelActionButton />
      </div>
    </form>
  );
}
