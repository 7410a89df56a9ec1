import { useEffect } from 'react';
import type { KeySummary } from '../../../shared/keys/key-summary';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';

/**
 * The key in use, asked from the Node side when a page opens: it may have been loaded elsewhere (the keys page,
 * a profile) since the session last heard of it. Public summary only.
 */
export function useCurrentKey(): KeySummary | undefined {
  const key = useSession((s) => s.key);
  const setKey = useSession((s) => s.setKey);
  useEffect(() => {
    let current = true;
    void api['keys.current']().then((result) => {
      if (current && result.ok) setKey(result.value ?? undefined);
    });
    return () => {
      current = false;
    };
  }, [setKey]);
  return key;
}
