import { useId, useState } from 'react';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { TextField } from '../../components/text-field';
import { ConsumerKeyField, UsernameField } from '../builder/claim-fields';
import { signRequest } from '../builder/sign-request';
import { useExchange } from './exchange-store';

/** Salesforce needs the assertion for one request: 3 minutes covers clock skew. */
const FRESH_LIFETIME = '180';
/** The exchange's deadline as the API takes it: whole seconds from 1 to 120, 30 by default. */
const DEFAULT_TIMEOUT_S = '30';
const MAX_TIMEOUT_S = 120;

function timeoutProblem(value: string): string | undefined {
  const seconds = /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  return seconds >= 1 && seconds <= MAX_TIMEOUT_S ? undefined : `Give whole seconds from 1 to ${MAX_TIMEOUT_S}.`;
}

/**
 * Endpoint and assertion, from the session (editable) or, while rehearsing, from the rehearsal org; the claims
 * "Sign a fresh assertion" uses (the session's Consumer Key, username and aud, editable here so the page
 * works on its own); then Test login and Cancel.
 */
export function ExchangeRequestForm() {
  const session = useSession();
  const { rehearsal, rehearsalAssertion, runningAttempt, testLogin, cancel, setError, signForRehearsal, setRehearsalAssertion } =
    useExchange();
  const [signing, setSigning] = useState(false);
  const [timeout, setTimeoutSeconds] = useState(DEFAULT_TIMEOUT_S);
  const timeoutError = timeoutProblem(timeout);
  const assertionId = useId();
  const endpoint = rehearsal ? rehearsal.endpoint : session.endpoint;
  const assertion = rehearsal ? (rehearsalAssertion ?? '') : (session.assertion ?? '');
  const running = runningAttempt !== undefined;

  const signFresh = async () => {
    if (rehearsal) return signForRehearsal();
    const request = signRequest(
      {
        mode: 'bearer',
        clientId: session.clientId,
        username: session.username,
        aud: session.aud,
        lifetime: FRESH_LIFETIME,
        withJti: true,
      },
      () => crypto.randomUUID(),
    );
    if (!request.ok) return setError(request.error);
    setSigning(true);
    const result = await api['jwt.sign'](request.input);
    setSigning(false);
    if (result.ok) {
      setError(undefined);
      session.setAssertion(result.value.token);
    } else setError(result.error);
  };

  return (
    <form
      className="card exchange-request"
      aria-label="Token request"
      onSubmit={(e) => {
        e.preventDefault();
        if (timeoutError) return;
        void testLogin({
          endpoint,
          assertion,
          appKind: rehearsal?.appKind ?? session.appKind,
          timeoutMs: Number(timeout.trim()) * 1000,
        });
      }}
    >
      <div className="form-grid wide">
        <TextField
          label="Token endpoint"
          value={endpoint}
          onChange={session.setEndpoint}
          readOnly={rehearsal !== undefined}
          help={
            rehearsal
              ? `Rehearsal: the emulator playing ${rehearsal.playedHost} (aud ${rehearsal.aud}).`
              : 'Base URL: login, test, your My Domain or a site URL. /services/oauth2/token is added.'
          }
          spellCheck={false}
        />
        <TextField
          label="Timeout (seconds)"
          className="exchange-timeout"
          value={timeout}
          onChange={setTimeoutSeconds}
          inputMode="numeric"
          help="One deadline for the token request and the proof calls together."
          error={timeoutError}
        />
      </div>
      {rehearsal ? null : (
        <fieldset className="exchange-claims">
          <legend>Claims for "Sign a fresh assertion" (signed with the key in use)</legend>
          <div className="form-grid">
            <ConsumerKeyField />
            <UsernameField />
            <TextField label="Audience (aud)" value={session.aud} onChange={session.setAud} spellCheck={false} />
          </div>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={assertionId}>Assertion (JWT)</label>
        <textarea
          id={assertionId}
          className="mono exchange-assertion"
          rows={4}
          value={assertion}
          spellCheck={false}
          placeholder="Build one on the JWT builder page, paste one, or sign a fresh one."
          onChange={(e) =>
            rehearsal ? setRehearsalAssertion(e.target.value) : session.setAssertion(e.target.value || undefined)
          }
          aria-describedby={`${assertionId}-help`}
        />
        <span id={`${assertionId}-help`} className="help">
          {rehearsal
            ? 'Signed for the rehearsal org (you may paste another). Its jti makes it single-use, as on Salesforce: sign a fresh one before the next try.'
            : 'Test login sends it as is. Sign a fresh assertion for every try: Salesforce refuses an expired one or a jti it has seen.'}
        </span>
      </div>
      <div className="button-row">
        <button type="button" onClick={() => void signFresh()} disabled={signing || running}>
          Sign a fresh assertion
        </button>
        <button
          type="submit"
          className="primary"
          disabled={running || assertion === '' || endpoint === '' || timeoutError !== undefined}
        >
          Test login
        </button>
        <button type="button" onClick={() => void cancel()} disabled={!running}>
          Cancel
        </button>
        {running ? <progress aria-label="Waiting for the token endpoint" /> : null}
      </div>
    </form>
  );
}
