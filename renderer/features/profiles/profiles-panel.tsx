import { useEffect } from 'react';
import '../../styles/profiles.css';
import { ImportProfileForm } from './import-profile-form';
import { ProfileList } from './profile-list';
import { useProfiles } from './profiles-store';
import { SaveProfileForm } from './save-profile-form';
import { SnippetsPanel } from './snippets-panel';

/** The Profiles page without its heading: save, the list with its actions, import, and the open profile's code. */
export function ProfilesPanel() {
  const refresh = useProfiles((s) => s.refresh);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <div className="profiles-panel">
      <SaveProfileForm />
      <ProfileList />
      <ImportProfileForm />
      <SnippetsPanel />
    </div>
  );
}
