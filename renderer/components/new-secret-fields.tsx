import { TextField } from './text-field';

/** What the secret is called in its messages: a keystore "password", a profile "passphrase". */
export type SecretNoun = 'password' | 'passphrase';

/** The confirmation's problem: it must repeat the secret exactly. */
export function confirmProblem(secret: string, confirm: string, noun: SecretNoun): string | undefined {
  return confirm !== secret ? `The two ${noun}s differ.` : undefined;
}

/** Why a new secret and its confirmation cannot be used yet, or undefined. */
export function newSecretProblem(
  secret: string,
  confirm: string,
  noun: SecretNoun,
  problem: (secret: string) => string | undefined,
): string | undefined {
  return problem(secret) ?? confirmProblem(secret, confirm, noun);
}

/**
 * A new secret typed twice (a keystore password, a profile passphrase), each field labelled for what it protects,
 * both `autocomplete="new-password"` so a password manager offers to generate and keep it. A field's problem shows
 * once something is typed in it.
 */
export function NewSecretFields(props: {
  label: string;
  help?: string;
  noun: SecretNoun;
  value: string;
  confirm: string;
  problem(secret: string): string | undefined;
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
        {...(props.help ? { help: props.help } : {})}
        error={props.value === '' ? undefined : props.problem(props.value)}
      />
      <TextField
        label={`Confirm ${props.label.charAt(0).toLowerCase()}${props.label.slice(1)}`}
        type="password"
        autoComplete="new-password"
        value={props.confirm}
        onChange={props.onConfirm}
        error={props.confirm === '' ? undefined : confirmProblem(props.value, props.confirm, props.noun)}
      />
    </>
  );
}
