import { useId, useState } from 'react';
import { useSession } from '../../app/session-store';
import { DisabledReason } from '../../components/disabled-reason';
import { TextField } from '../../components/text-field';
import { ConsumerKeyField, UsernameField } from '../builder/claim-fields';
import { useExchange } from './exchange-store';

/** The exchange's deadline as the API takes it: whole seconds from 1 to 120, 30 by default. */
const DEFAULT_TIMEOUT_S = '30';
const MAX_TIMEOUT_S = 120;

function timeoutProblem(value: string): string | undefined {
  const seconds = /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  return seconds >= 1 && seconds <= MAX_TIMEOUT_S ? undefined : `Give whole seconds from 1 to ${MAX_TIMEOUT_S}.`;
}

/**
 * Endpoint and assertion, from the session (editable) or, while rehearsing, from the rehearsal org; the claims a
 * fresh assertion carries (the session's Consumer Key, username and aud, editable here so the page works on its
 * own); then one Test login, which signs a fresh assertion for each press unless the admin asked for the exact
 * one in the box (a pasted token: typing or pasting in the box chooses that).
 */
export function ExchangeRequestForm() {
  const session = useSession();
  const {
    rehearsal,
    rehearsalAssertion,
    runningAttempt,
    signing,
    assertionMode,
    testLogin,
    cancel,
    signFresh,
    setAssertionMode,
    setRehearsalAssertion,
  } = useExchange();
  const [timeout, setTimeoutSeconds] = useState(DEFAULT_TIMEOUT_S);
  const timeoutError = timeoutProblem(timeout);
  const assertionId = useId();
  const modeId = useId();
  const reasonId = useId();
  const endpoint = rehearsal ? rehearsal.endpoint : session.endpoint;
  const assertion = rehearsal ? (rehearsalAssertion ?? '') : (session.assertion ?? '');
  const running = runningAttempt !== undefined;
  const exact = assertionMode === 'exact';
  const blocked =
    endpoint === ''
      ? 'Enter the token endpoint first.'
      : exact && assertion === ''
        ? 'Paste the assertion to send, or choose “Sign a fresh assertion for each Test login”.'
        : undefined;

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
          autoComplete="url"
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
          <legend>Claims of a fresh assertion (signed with the key in use)</legend>
          <div className="form-grid">
            <ConsumerKeyField />
            <UsernameField />
            <TextField label="Audience (aud)" value={session.aud} onChange={session.setAud} spellCheck={false} />
          </div>
        </fieldset>
      )}
      <fieldset className="assertion-mode">
        <legend>Each Test login</legend>
        <label>
          <input type="radio" name={modeId} checked={!exact} onChange={() => setAssertionMode('fresh')} /> Sign a fresh assertion
          for each Test login (a new jti: pressing twice logs in twice)
        </label>
        <label>
          <input type="radio" name={modeId} checked={exact} onChange={() => setAssertionMode('exact')} /> Send this exact
          assertion (one from your own integration)
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={assertionId}>Assertion (JWT)</label>
        <textarea
          id={assertionId}
          className="mono exchange-assertion"
          rows={4}
          value={assertion}
          spellCheck={false}
          autoComplete="off"
          placeholder="Signed at each Test login; or paste one to send as is."
          onChange={(e) => {
            if (rehearsal) setRehearsalAssertion(e.target.value);
            else {
              session.setAssertion(e.target.value || undefined);
              setAssertionMode('exact');
            }
          }}
          aria-describedby={`${assertionId}-help`}
        />
        <span id={`${assertionId}-help`} className="help">
          {exact
            ? 'Sent as is. An assertion is single-use: Salesforce refuses it once expired or once its jti was seen.'
            : 'The assertion last signed. Test login signs a new one each time, so each try is a real first use.'}
        </span>
      </div>
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={running || signing || blocked !== undefined || timeoutError !== undefined}
          aria-describedby={blocked ? reasonId : undefined}
        >
          Test login
        </button>
        <button type="button" onClick={() => void signFresh()} disabled={signing || running}>
          Sign a fresh assertion without sending it
        </button>
        <button type="button" onClick={() => void cancel()} disabled={!running}>
          Cancel
        </button>
        {running ? <progress aria-label="Waiting for the token endpoint" /> : null}
      </div>
      <DisabledReason id={reasonId} reason={blocked} />
    </form>
  );
}
