import { useId, useState } from 'react';
import { profileNameProblem } from '../../../shared/profiles/profile-name';
import type { ProfileSummary } from '../../../shared/profiles/profile-summary';
import { DisabledReason } from '../../components/disabled-reason';
import { TextField } from '../../components/text-field';
import { CancelActionButton } from './cancel-action-button';
import { useProfiles } from './profiles-store';

/** A new name for a saved profile, checked as typed. */
export function RenameProfileForm({ profile }: { profile: ProfileSummary }) {
  const { rename, busy } = useProfiles();
  const [newName, setNewName] = useState(profile.name);
  const reasonId = useId();
  const problem = profileNameProblem(newName);
  const unchanged = newName === profile.name;
  return (
    <form
      className="profiles-action"
      aria-label={`Rename ${profile.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void rename(profile.name, newName);
      }}
    >
      <TextField label="New name" value={newName} onChange={setNewName} error={problem} autoComplete="off" />
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={busy || problem !== undefined || unchanged}
          aria-describedby={unchanged ? reasonId : undefined}
        >
          Rename
        </button>
        <CancelActionButton />
      </div>
      <DisabledReason id={reasonId} reason={unchanged ? 'Type the new name first.' : undefined} />
    </form>
  );
}
