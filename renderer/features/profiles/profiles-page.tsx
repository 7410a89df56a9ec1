import { ProfilesPanel } from './profiles-panel';

export function ProfilesPage() {
  return (
    <section aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Profiles</h2>
      <ProfilesPanel />
    </section>
  );
}
