import { type InputHTMLAttributes, useId } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange(value: string): void;
  help?: string;
  error?: string;
  warning?: string;
}

/** A labelled input with its help, error and warning lines tied to it for assistive technology. */
export function TextField({ label, value, onChange, help, error, warning, ...rest }: TextFieldProps) {
  const id = useId();
  const describedBy = [help && `${id}-help`, error && `${id}-error`, warning && `${id}-warning`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
      {help ? (
        <span id={`${id}-help`} className="help">
          {help}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
      {warning ? (
        <span id={`${id}-warning`} className="field-warning">
          {warning}
        </span>
      ) : null}
    </div>
  );
}
