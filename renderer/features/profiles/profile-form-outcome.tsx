import { ErrorMessage } from '../../components/error-message';
import { Notice } from '../../components/notice';
import { type MessageScope, useProfiles } from './profiles-store';

/**
 * "Replace" for a name already taken, shown by the form whose call was refused with `profile-exists` only: one
 * profiles store serves every form. `name` is said when the form knows it (the import may keep the file's).
 */
export function ReplaceExistingProfile({
  scope,
  checked,
  onChange,
  name,
}: {
  scope: MessageScope;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
}) {
  const { error, scope: current } = useProfiles();
  if (current !== scope || error?.code !== 'profile-exists') return null;
  return (
    <label className="profiles-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> Replace the existing profile
      {name === undefined ? '' : ` "${name}"`}
    </label>
  );
}

/** The error or the result of the last call, under the form that made it. */
export function ProfileFormOutcome({ scope }: { scope: MessageScope }) {
  const { error, done, scope: current } = useProfiles();
  if (current !== scope) return null;
  return (
    <>
      {error ? <ErrorMessage error={error} /> : null}
      {done ? <Notice tone="ok">{done}</Notice> : null}
    </>
  );
}
