import { passphraseProblem } from '../../../shared/profiles/passphrase';
import { TextField } from '../../components/text-field';

/** Why a new passphrase and its confirmation cannot be used yet, or undefined. */
export function newPassphraseProblem(passphrase: string, confirm: string): string | undefined {
  return passphraseProblem(passphrase) ?? (confirm !== passphrase ? 'The two passphrases differ.' : undefined);
}

/** A new passphrase typed twice, each field labelled for what it protects. */
export function NewPassphraseFields(props: {
  label: string;
  help: string;
  value: string;
  confirm: string;
  onChange(value: string): void;
  onConfirm(value: string): void;
}) {
  return (
    <>
      <TextField
        label={props.label}
        type="password"
        autoComplete="new-password"
        value={props.value}
        onChange={props.onChange}
        help={props.help}
        error={props.value === '' ? undefined : passphraseProblem(props.value)}
      />
      <TextField
        label={`Confirm ${props.label.charAt(0).toLowerCase()}${props.label.slice(1)}`}
        type="password"
        autoComplete="new-password"
        value={props.confirm}
        onChange={props.onConfirm}
        error={props.confirm !== '' && props.confirm !== props.value ? 'The two passphrases differ.' : undefined}
      />
    </>
  );
}
