import { useState } from 'react';
import { passphraseProblem } from '../../../shared/profiles/passphrase';
import { profileNameProblem } from '../../../shared/profiles/profile-name';
import type { ProfileSummary } from '../../../shared/profiles/profile-summary';
import { NewSecretFields, newSecretProblem } from '../../components/new-secret-fields';
import { TextField } from '../../components/text-field';
import { type ProfileAction, useProfiles } from './profiles-store';

function StoredPassphraseField({ value, onChange, name }: { value: string; onChange(v: string): void; name: string }) {
  return (
    <TextField
      label={`Passphrase of "${name}"`}
      type="password"
      autoComplete="current-password"
      value={value}
      onChange={onChange}
      help="The passphrase set when the profile was saved."
    />
  );
}

/** The details one row action needs before it runs: a passphrase, a new name, or a confirmation. */
export function ProfileActionForm({ action, profile }: { action: ProfileAction; profile: ProfileSummary }) {
  const { open, rename, remove, exportProfile, choose, busy } = useProfiles();
  const [passphrase, setPassphrase] = useState('');
  const [newName, setNewName] = useState(profile.name);
  const [withKey, setWithKey] = useState(false);
  const [exportPassphrase, setExportPassphrase] = useState('');
  const [exportConfirm, setExportConfirm] = useState('');
  const locked = profile.protection === 'passphrase';
  const cancel = (
    <button type="button" onClick={() => choose(undefined)}>
      Cancel
    </button>
  );

  if (action.kind === 'delete') {
    return (
      <fieldset className="profiles-action">
        <legend>Delete "{profile.name}"</legend>
        <p>
          Delete the profile "{profile.name}" and its stored private key? This cannot be undone (export it first to keep a copy).
        </p>
        <div className="button-row">
          <button type="button" className="danger" disabled={busy} onClick={() => void remove(profile.name)}>
            Delete "{profile.name}"
          </button>
          {cancel}
        </div>
      </fieldset>
    );
  }

  if (action.kind === 'rename') {
    const problem = profileNameProblem(newName);
    return (
      <form
        className="profiles-action"
        aria-label={`Rename ${profile.name}`}
        onSubmit={(e) => {
          e.preventDefault();
          void rename(profile.name, newName);
        }}
      >
        <TextField label="New name" value={newName} onChange={setNewName} error={problem} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || problem !== undefined || newName === profile.name}>
            Rename
          </button>
          {cancel}
        </div>
      </form>
    );
  }

  if (action.kind === 'open') {
    return (
      <form
        className="profiles-action"
        aria-label={`Open ${profile.name}`}
        onSubmit={(e) => {
          e.preventDefault();
          void open(profile.name, passphrase);
        }}
      >
        <StoredPassphraseField name={profile.name} value={passphrase} onChange={setPassphrase} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || passphrase === ''}>
            Unlock and open
          </button>
          {cancel}
        </div>
      </form>
    );
  }

  const exportProblem = withKey
    ? (newSecretProblem(exportPassphrase, exportConfirm, 'passphrase', passphraseProblem) ??
      (locked && passphrase === '' ? 'Enter the profile passphrase.' : undefined))
    : undefined;
  return (
    <form
      className="profiles-action"
      aria-label={`Export ${profile.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void exportProfile({
          name: profile.name,
          includePrivateKey: withKey,
          ...(withKey ? { exportPassphrase, ...(locked ? { passphrase } : {}) } : {}),
        });
      }}
    >
      <p className="help">
        The export holds the configuration and the certificate. The private key is left out unless you include it, and then it is
        encrypted with an export passphrase.
      </p>
      <label className="profiles-check">
        <input
          type="checkbox"
          checked={withKey}
          disabled={profile.protection === 'no-key'}
          onChange={(e) => setWithKey(e.target.checked)}
        />{' '}
        Include the private key (encrypted)
      </label>
      {withKey ? (
        <div className="form-grid">
          {locked ? <StoredPassphraseField name={profile.name} value={passphrase} onChange={setPassphrase} /> : null}
          <NewSecretFields
            noun="passphrase"
            problem={passphraseProblem}
            label="Export passphrase"
            help="Whoever imports the file needs it. Share it another way than the file."
            value={exportPassphrase}
            confirm={exportConfirm}
            onChange={setExportPassphrase}
            onConfirm={setExportConfirm}
          />
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy || exportProblem !== undefined}>
          Export "{profile.name}"
        </button>
        {cancel}
      </div>
    </form>
  );
}
