import { useEffect } from 'react';
import type { KeySummary } from '../../../shared/keys/key-summary';
import { useSession } from '../../app/session-store';
import { refreshCurrentKey } from '../keys/refresh-current-key';

/**
 * The key in use, asked from the Node side when a page opens: it may have been loaded elsewhere (the keys page,
 * a profile) since the session last heard of it. Public summary only.
 */
export function useCurrentKey(): KeySummary | undefined {
  const key = useSession((s) => s.key);
  useEffect(() => {
    void refreshCurrentKey();
  }, []);
  return key;
}
