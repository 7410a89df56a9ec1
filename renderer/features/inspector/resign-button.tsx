import { useCallback } from 'react';
import type { SignedAssertion } from '../../../shared/api/jwt-contract';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { ErrorMessage } from '../../components/error-message';
import { useApiAction } from '../../components/use-api-action';
import { useInspector } from './inspector-store';

/**
 * "Re-sign with the key in use": the edited header and payload signed again on the Node side (where the private
 * key stays), so the signature matches once more. Only on this request does the token leave the page.
 */
export function ResignButton() {
  const token = useSession((s) => s.inspectorToken);
  const hasKey = useSession((s) => s.key !== undefined);
  const call = useCallback(() => api['jwt.resign']({ token }), [token]);
  const resigned = useCallback((signed: SignedAssertion) => {
    useSession.getState().setInspectorToken(signed.token);
    useInspector.getState().tokenReplaced();
    return 'Signed again with the key in use (RS256).';
  }, []);
  const { busy, error, run } = useApiAction(call, resigned);
  return (
    <div className="button-row">
      <button type="button" onClick={() => void run()} disabled={busy || !hasKey} aria-describedby="resign-help">
        Re-sign with the key in use
      </button>
      <span id="resign-help" className="help">
        {hasKey
          ? 'Sends the token to this app’s own Node side, where the private key is, and signs it RS256.'
          : 'No key is loaded: generate or import one on the Keys & certificate page first.'}
      </span>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
