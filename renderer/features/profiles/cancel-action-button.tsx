import { useProfiles } from './profiles-store';

/** Closes a row's action form without doing anything. */
export function CancelActionButton() {
  const choose = useProfiles((s) => s.choose);
  return (
    <button type="button" onClick={() => choose(undefined)}>
      Cancel
    </button>
  );
}
