import { api } from '../../api/client';
import { useSession } from '../../app/session-store';

/** The key in use lives on the Node side and outlives a reload of the page: fetch its public summary again. */
export async function refreshCurrentKey(): Promise<void> {
  const result = await api['keys.current']();
  if (result.ok) useSession.getState().setKey(result.value ?? undefined);
}
