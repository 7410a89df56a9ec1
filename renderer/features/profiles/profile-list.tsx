import { ErrorMessage } from '../../components/error-message';
import { Notice } from '../../components/notice';
import { ProfileRow } from './profile-row';
import { useProfiles } from './profiles-store';

/** The saved profiles, with the result or error of the last row action above them. */
export function ProfileList() {
  const { profiles, loaded, error, done, scope, keyMissing } = useProfiles();
  return (
    <section className="profiles-list" aria-labelledby="profiles-list-title">
      <h3 id="profiles-list-title">Saved profiles</h3>
      {scope === 'list' && error ? <ErrorMessage error={error} /> : null}
      {scope === 'list' && done ? <Notice tone="ok">{done}</Notice> : null}
      {keyMissing ? <Notice tone="warning">{keyMissing}</Notice> : null}
      {loaded && profiles.length === 0 ? <p className="help">No saved profiles yet.</p> : null}
      <ul aria-label="Saved profiles">
        {profiles.map((p) => (
          <ProfileRow key={p.name} profile={p} />
        ))}
      </ul>
    </section>
  );
}
