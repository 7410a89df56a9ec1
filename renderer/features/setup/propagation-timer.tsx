import { useNow } from '../../components/jwt/use-now';
import { useWizard } from './wizard-store';

/** Salesforce: "changes can take 2–10 minutes" to reach the login servers (docs/salesforce-jwt.md, "The certificate"). */
const FIRST_MINUTES = 2;
const LAST_MINUTES = 10;

function elapsedText(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes === 0 ? `${seconds} s` : `${minutes} min ${seconds % 60} s`;
}

/** Started by "I saved the app": how long ago, and whether the change has had time to propagate. */
export function PropagationTimer() {
  const { appSavedAt, markAppSaved } = useWizard();
  const now = useNow();
  if (appSavedAt === undefined) {
    return (
      <div className="button-row">
        <button type="button" onClick={() => markAppSaved(Date.now())}>
          I saved the app
        </button>
        <span className="help">
          Starts a timer (so does ticking the last item): changes take 2–10 minutes to reach the login servers.
        </span>
      </div>
    );
  }
  const seconds = Math.max(0, now - Math.floor(appSavedAt / 1000));
  const minutes = seconds / 60;
  const tone = minutes >= LAST_MINUTES ? 'ok' : 'info';
  const message =
    minutes < FIRST_MINUTES
      ? `Saved ${elapsedText(seconds)} ago. Wait at least ${FIRST_MINUTES} minutes before testing the login: the change has not reached the login servers yet.`
      : minutes < LAST_MINUTES
        ? `Saved ${elapsedText(seconds)} ago. The change may have propagated; if the test fails with invalid_client_id or "user hasn't approved this consumer", wait until ${LAST_MINUTES} minutes have passed.`
        : `Saved ${elapsedText(seconds)} ago: the change has reached the login servers.`;
  return (
    <div className={`notice ${tone} wizard-timer`} role="status" data-testid="propagation-timer">
      <p>{message}</p>
      <button type="button" onClick={() => markAppSaved(Date.now())}>
        I saved it again
      </button>
    </div>
  );
}
