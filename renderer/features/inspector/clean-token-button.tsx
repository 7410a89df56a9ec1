import { cleanToken } from '../../../shared/jwt/clean-token';
import { useSession } from '../../app/session-store';
import { useInspector } from './inspector-store';

/**
 * "Clean this token": takes out what a copy added (Bearer, quotes, line breaks, = padding), then shows exactly
 * what was removed, so nothing is changed unseen.
 */
export function CleanTokenButton() {
  const token = useSession((s) => s.inspectorToken);
  const setToken = useSession((s) => s.setInspectorToken);
  const { cleaned, markCleaned } = useInspector();
  const result = cleanToken(token);
  return (
    <div className="clean-token">
      {result.removals.length > 0 ? (
        <button
          type="button"
          onClick={() => {
            setToken(result.token);
            markCleaned(result.removals);
          }}
        >
          Clean this token
        </button>
      ) : null}
      {cleaned && cleaned.length > 0 ? (
        <div className="clean-diff" role="status" aria-label="What was removed">
          <p>Removed from the token:</p>
          <ul>
            {cleaned.map((r) => (
              <li key={r.what} data-removed={r.what}>
                {r.label}: <del className="mono">{r.removed}</del>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
