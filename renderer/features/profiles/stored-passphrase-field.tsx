import { TextField } from '../../components/text-field';

/** The passphrase a saved profile was sealed with: `current-password`, so a password manager fills it. */
export function StoredPassphraseField({ value, onChange, name }: { value: string; onChange(v: string): void; name: string }) {
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
