import type { ProfileSummary } from '../../../shared/profiles/profile-summary';
import { DeleteProfileForm } from './delete-profile-form';
import { ExportProfileForm } from './export-profile-form';
import { OpenProfileForm } from './open-profile-form';
import type { ProfileAction } from './profiles-store';
import { RenameProfileForm } from './rename-profile-form';

/** The details one row action needs before it runs: each action has its own form. */
export function ProfileActionForm({ action, profile }: { action: ProfileAction; profile: ProfileSummary }) {
  switch (action.kind) {
    case 'delete':
      return <DeleteProfileForm profile={profile} />;
    case 'rename':
      return <RenameProfileForm profile={profile} />;
    case 'open':
      return <OpenProfileForm profile={profile} />;
    case 'export':
      return <ExportProfileForm profile={profile} />;
  }
}
