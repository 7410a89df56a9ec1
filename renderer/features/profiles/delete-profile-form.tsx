import type { ProfileSummary } from '../../../shared/profiles/profile-summary';
import { CancelActionButton } from './cancel-action-button';
import { useProfiles } from './profiles-store';

/** Delete asks first: the stored private key goes with the profile. */
export function DeleteProfileForm({ profile }: { profile: ProfileSummary }) {
  const { remove, busy } = useProfiles();
  return (
    <fieldset className="profiles-action">
      <legend>Delete "{profile.name}"</legend>
      <p>
        Delete the profile "{profile.name}" and its stored private key? This cannot be undone (export it first to keep a copy).
      </p>
      <div className="button-row">
        <button type="button" className="danger" disabled={busy} onClick={() => void remove(profile.name)}>
          Delete "{profile.name}"
        </button>
        <CancelActionButton />
      </div>
    </fieldset>
  );
}
