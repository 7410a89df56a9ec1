import { useId } from 'react';
import { lintAudience } from '../../../shared/jwt/lint-audience';
import { LONG_LIFETIME_SECONDS } from '../../../shared/jwt/lint-time';
import { isoDate } from '../../../shared/jwt/relative-time';
import { useNavigation } from '../../app/navigation-store';
import { useSession } from '../../app/session-store';
import { ErrorMessage } from '../../components/error-message';
import { useNow } from '../../components/jwt/use-now';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { useCurrentKey } from '../inspector/use-current-key';
import { useBuilder } from './builder-store';
import { ConsumerKeyField, UsernameField } from './claim-fields';
import { EnvironmentFields } from './environment-fields';
import { SignedAssertionView } from './signed-assertion-view';
import '../../styles/jwt.css';

export function BuilderPage() {
  const id = useId();
  const session = useSession();
  const builder = useBuilder();
  const key = useCurrentKey();
  const go = useNavigation((s) => s.go);
  const now = useNow();
  const lifetime = Number(builder.lifetime);
  const expPreview = /^\d+$/.test(builder.lifetime.trim()) && lifetime > 0 ? isoDate(now + lifetime) : undefined;
  const audWarning =
    session.aud.trim() === ''
      ? undefined
      : lintAudience(session.aud.trim(), session.endpoint)
          .map((f) => f.message)
          .join(' ');
  const chooseMode = (mode: 'bearer' | 'attestation') => {
    builder.setMode(mode);
    // A client attestation is addressed to the Experience Cloud site (OAuth 2.0 for First-Party Applications).
    if (mode === 'attestation' && session.environment.kind !== 'site') session.setEnvironment({ kind: 'site', siteUrl: '' });
  };
  return (
    <section aria-labelledby="builder-heading">
      <h2 id="builder-heading">JWT builder</h2>
      {key ? null : (
        <Notice tone="info">
          No key is loaded yet: the assertion is signed with the private key whose certificate the app has.{' '}
          <button type="button" onClick={() => go('keys')}>
            Go to Keys &amp; certificate
          </button>
        </Notice>
      )}
      <form
        className="card builder-form"
        onSubmit={(e) => {
          e.preventDefault();
          void builder.sign({ clientId: session.clientId, username: session.username, aud: session.aud });
        }}
      >
        <fieldset className="mode-choice">
          <legend>Assertion</legend>
          <label>
            <input type="radio" name={`${id}-mode`} checked={builder.mode === 'bearer'} onChange={() => chooseMode('bearer')} />{' '}
            JWT Bearer (server-to-server login)
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={builder.mode === 'attestation'}
              onChange={() => chooseMode('attestation')}
            />{' '}
            Client attestation (first-party app, Experience Cloud)
          </label>
        </fieldset>
        <div className="form-grid">
          <ConsumerKeyField
            label={builder.mode === 'bearer' ? 'Consumer Key (iss)' : 'Client id of the External Client App (iss)'}
          />
          {builder.mode === 'bearer' ? <UsernameField /> : null}
          <EnvironmentFields />
          <TextField
            label="Audience (aud)"
            value={session.aud}
            onChange={session.setAud}
            spellCheck={false}
            help="Filled from the environment; edit only if you know Salesforce expects another."
            warning={audWarning || undefined}
          />
          <TextField
            label="Lifetime (seconds)"
            value={builder.lifetime}
            onChange={builder.setLifetime}
            inputMode="numeric"
            help={expPreview ? `exp = now + ${lifetime} s ≈ ${expPreview}` : 'A whole number of seconds, e.g. 300.'}
            error={expPreview ? undefined : 'Enter a whole number of seconds greater than zero.'}
            warning={
              expPreview && lifetime > LONG_LIFETIME_SECONDS
                ? 'Salesforce uses the assertion once: 120 to 300 seconds is enough, and a long-lived one is a credential anyone who copies it can replay.'
                : undefined
            }
          />
          <div className="field">
            <span className="label">Token id</span>
            <label className="check-label">
              <input type="checkbox" checked={builder.withJti} onChange={(e) => builder.setWithJti(e.target.checked)} /> Add a
              random jti (Salesforce then refuses to see it twice)
            </label>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="primary" disabled={builder.signing}>
            {builder.signing ? 'Signing…' : 'Sign assertion'}
          </button>
          {key ? <span className="help">Signs with the current key “{key.alias}”, on this computer.</span> : null}
        </div>
        {builder.error ? <ErrorMessage error={builder.error} /> : null}
      </form>
      {builder.signed ? <SignedAssertionView signed={builder.signed} mode={builder.signedAs ?? 'bearer'} /> : null}
    </section>
  );
}
