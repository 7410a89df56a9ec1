import { useId, useState } from 'react';
import { passphraseProblem } from '../../../shared/profiles/passphrase';
import { profileNameProblem } from '../../../shared/profiles/profile-name';
import { useSession } from '../../app/session-store';
import { DisabledReason } from '../../components/disabled-reason';
import { ErrorMessage } from '../../components/error-message';
import { NewSecretFields, newSecretProblem } from '../../components/new-secret-fields';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { useProfiles } from './profiles-store';

/** A long value recognisable at a glance: its start, its end and its length. */
function abbreviated(value: string): string {
  return value.length <= 24 ? value : `${value.slice(0, 12)}…${value.slice(-6)} (${value.length} characters)`;
}

/**
 * Saves the session (org, app, Consumer Key, username, endpoint, aud) and the key in use as a named profile.
 * Where the host has no OS secret store, the private key is encrypted with a passphrase set here.
 */
export function SaveProfileForm() {
  const session = useSession();
  const { save, busy, newKeyProtection, error, done, scope } = useProfiles();
  const [name, setName] = useState(session.profileName ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [replace, setReplace] = useState(false);
  const needsPassphrase = newKeyProtection === 'passphrase';
  const problem =
    profileNameProblem(name) ??
    (needsPassphrase ? newSecretProblem(passphrase, confirm, 'passphrase', passphraseProblem) : undefined) ??
    undefined;
  const blocked = session.key ? problem : 'Generate or import a key first (Keys & certificate).';
  const reasonId = useId();
  const mine = scope === 'save';
  const exists = mine && error?.code === 'profile-exists';

  const submit = async () => {
    const saved = await save({ name, passphrase: needsPassphrase ? passphrase : undefined, overwrite: replace || undefined });
    if (saved) {
      setPassphrase('');
      setConfirm('');
      setReplace(false);
    }
  };

  return (
    <form
      className="card profiles-save"
      aria-labelledby="profiles-save-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="profiles-save-title">Save as a profile</h3>
      {!session.key ? (
        <Notice tone="info">Generate or import a key first: a profile saves the key with the configuration.</Notice>
      ) : null}
      {session.key ? (
        <dl className="facts profiles-save-summary" aria-label="What the profile saves">
          <dt>App</dt>
          <dd>{session.appKind === 'external' ? 'External Client App' : 'Connected App'}</dd>
          <dt>Token endpoint</dt>
          <dd className="mono">{session.endpoint}</dd>
          <dt>aud</dt>
          <dd className="mono">{session.aud}</dd>
          <dt>Consumer Key</dt>
          <dd className="mono">{session.clientId ? abbreviated(session.clientId) : '—'}</dd>
          <dt>Username</dt>
          <dd className="mono">{session.username || '—'}</dd>
          <dt>Key</dt>
          <dd>
            {session.key.alias}, RSA {session.key.keyBits} bits
            {session.key.certificate ? ` (certificate until ${session.key.certificate.notAfter.slice(0, 10)})` : ''}
          </dd>
        </dl>
      ) : null}
      {session.key && (session.clientId === '' || session.username === '') ? (
        <Notice tone="info">
          No {session.clientId === '' ? 'Consumer Key' : 'username'} yet: fill it in (Setup wizard, step 5) before saving, or save
          again once you have it.
        </Notice>
      ) : null}
      <div className="form-grid">
        <TextField
          label="Profile name"
          value={name}
          onChange={setName}
          error={name === '' ? undefined : profileNameProblem(name)}
          help="e.g. Acme production integration"
        />
        {needsPassphrase ? (
          <NewSecretFields
            noun="passphrase"
            problem={passphraseProblem}
            label="Profile passphrase"
            help="Encrypts the private key at rest (scrypt + AES-256-GCM). You need it to open the profile; it cannot be recovered."
            value={passphrase}
            confirm={confirm}
            onChange={setPassphrase}
            onConfirm={setConfirm}
          />
        ) : (
          <p className="help">The private key is encrypted by this computer's secret store.</p>
        )}
      </div>
      {exists ? (
        <label className="profiles-check">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> Replace the existing profile
          "{name}"
        </label>
      ) : null}
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={busy || blocked !== undefined}
          aria-describedby={blocked ? reasonId : undefined}
        >
          Save profile
        </button>
      </div>
      <DisabledReason id={reasonId} reason={blocked} />
      {mine && error ? <ErrorMessage error={error} /> : null}
      {mine && done ? <Notice tone="ok">{done}</Notice> : null}
    </form>
  );
}
