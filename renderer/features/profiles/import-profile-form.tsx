import { useId, useState } from 'react';
import { INPUT_LIMITS } from '../../../shared/files/input-limits';
import { passphraseProblem } from '../../../shared/profiles/passphrase';
import { profileNameProblem } from '../../../shared/profiles/profile-name';
import { readFileBounded, tooLargeText } from '../../components/bounded-file';
import { DisabledReason } from '../../components/disabled-reason';
import { ErrorMessage } from '../../components/error-message';
import { NewSecretFields, newSecretProblem } from '../../components/new-secret-fields';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { useProfiles } from './profiles-store';

/** An exported profile file is JSON of a few kilobytes; anything much larger is the wrong file. */

/**
 * Imports an exported profile. The file is checked whole on the Node side; an existing profile of the same
 * name is replaced only after the user ticks "Replace".
 */
export function ImportProfileForm() {
  const { importProfile, busy, error, done, scope, newKeyProtection } = useProfiles();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [fileProblem, setFileProblem] = useState<string>();
  const [name, setName] = useState('');
  const [filePassphrase, setFilePassphrase] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [replace, setReplace] = useState(false);
  const mine = scope === 'import';
  const hasKey = file?.text.includes('"ciphertext"') ?? false;
  const needsLocal = hasKey && newKeyProtection === 'passphrase' && passphrase !== '';
  const problem =
    (name === '' ? undefined : profileNameProblem(name)) ??
    (hasKey && filePassphrase === '' ? 'Enter the passphrase of the file.' : undefined) ??
    (needsLocal ? newSecretProblem(passphrase, confirm, 'passphrase', passphraseProblem) : undefined);

  const blocked = file ? problem : 'Choose an exported profile file first.';
  const reasonId = useId();

  const choose = async (chosen: File | undefined) => {
    setFile(undefined);
    setFileProblem(undefined);
    if (!chosen) return;
    const bytes = await readFileBounded(chosen, INPUT_LIMITS.profileExport);
    if (!bytes) return setFileProblem(`${tooLargeText(chosen.name, INPUT_LIMITS.profileExport)}: it is not an exported profile.`);
    setFile({ name: chosen.name, text: new TextDecoder().decode(bytes) });
  };

  return (
    <form
      className="card profiles-import"
      aria-labelledby="profiles-import-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file) return;
        void importProfile({
          text: file.text,
          ...(name ? { name } : {}),
          ...(replace ? { overwrite: true } : {}),
          ...(hasKey ? { filePassphrase } : {}),
          ...(needsLocal ? { passphrase } : {}),
        }).then((ok) => {
          if (ok) setReplace(false);
        });
      }}
    >
      <h3 id="profiles-import-title">Import a profile</h3>
      <div className="field">
        <label htmlFor={fileId}>Profile file (.sfjwt-profile.json)</label>
        <input id={fileId} type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
        {fileProblem ? <span className="field-error">{fileProblem}</span> : null}
      </div>
      <div className="form-grid">
        <TextField
          label="Import as (optional)"
          value={name}
          onChange={setName}
          help="Leave empty to keep the name in the file."
        />
        {hasKey ? (
          <TextField
            label="Passphrase of the file"
            type="password"
            autoComplete="off"
            value={filePassphrase}
            onChange={setFilePassphrase}
            help="The export passphrase: the file holds an encrypted private key."
          />
        ) : null}
        {hasKey && newKeyProtection === 'passphrase' ? (
          <NewSecretFields
            noun="passphrase"
            problem={passphraseProblem}
            label="New profile passphrase (optional)"
            help="Protects the key here; leave empty to keep the file's passphrase."
            value={passphrase}
            confirm={confirm}
            onChange={setPassphrase}
            onConfirm={setConfirm}
          />
        ) : null}
      </div>
      {mine && error?.code === 'profile-exists' ? (
        <label className="profiles-check">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> Replace the existing profile
        </label>
      ) : null}
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={busy || blocked !== undefined}
          aria-describedby={blocked ? reasonId : undefined}
        >
          Import profile
        </button>
      </div>
      <DisabledReason id={reasonId} reason={blocked} />
      {mine && error ? <ErrorMessage error={error} /> : null}
      {mine && done ? <Notice tone="ok">{done}</Notice> : null}
    </form>
  );
}
