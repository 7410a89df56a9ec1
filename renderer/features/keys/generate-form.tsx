import { useId } from 'react';
import { KEY_SIZES, type KeySize } from '../../../shared/keys/key-request';
import { keystorePasswordProblem } from '../../../shared/keys/keystore-password';
import { ErrorMessage } from '../../components/error-message';
import { NewSecretFields } from '../../components/new-secret-fields';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { useKeyGenerate } from './key-generate-store';
import { useKeyRotation } from './key-rotation-store';
import { checkKeysForm, type KeysForm } from './keys-form';

type TextFieldName = Exclude<keyof KeysForm, 'bits'>;

const SUBJECT_FIELDS: { field: TextFieldName; label: string; help?: string; autoComplete?: string }[] = [
  { field: 'commonName', label: 'Common Name', help: 'Names the certificate, e.g. salesforce-jwt.' },
  { field: 'organization', label: 'Organization', autoComplete: 'organization' },
  { field: 'organizationalUnit', label: 'Organizational Unit' },
  { field: 'locality', label: 'Locality', autoComplete: 'address-level2' },
  { field: 'state', label: 'State', autoComplete: 'address-level1' },
  { field: 'country', label: 'Country', help: 'Two letters, e.g. US.', autoComplete: 'country' },
  { field: 'email', label: 'Email (optional)', autoComplete: 'email' },
];

/**
 * The certificate's details and the key size, validated as typed. "Generate" makes a new key and its
 * certificate; when the loaded key has no certificate, the same details certify it instead.
 */
export function GenerateForm({ keyWithoutCertificate }: { keyWithoutCertificate: boolean }) {
  const { form, setField, createCertificate, generating, certifying, formError, formDone } = useKeyGenerate();
  const generate = useKeyRotation((s) => s.generate);
  const check = checkKeysForm(form);
  const sizeId = useId();
  const busy = generating !== undefined || certifying;
  const field = (name: TextFieldName) => ({
    value: form[name],
    onChange: (value: string) => setField(name, value),
    error: form[name] === '' && name === 'confirm' ? undefined : check.errors[name],
    warning: check.warnings[name],
  });
  return (
    <form
      className="card keys-generate"
      aria-labelledby={`${sizeId}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void generate();
      }}
    >
      <h3 id={`${sizeId}-title`}>New key and certificate</h3>
      <div className="form-grid">
        {SUBJECT_FIELDS.map(({ field: name, label, help, autoComplete }) => (
          <TextField key={name} label={label} help={help} autoComplete={autoComplete ?? 'off'} {...field(name)} />
        ))}
        <div className="field">
          <label htmlFor={sizeId}>Key size</label>
          <select id={sizeId} value={form.bits} onChange={(e) => setField('bits', Number(e.target.value) as KeySize)}>
            {KEY_SIZES.map((bits) => (
              <option key={bits} value={bits}>
                {bits} bits{bits === 2048 ? ' (recommended)' : ''}
              </option>
            ))}
          </select>
        </div>
        <TextField label="Validity (days)" inputMode="numeric" help="365 by default." {...field('days')} />
        <TextField
          label="Certificate Unique Name (alias)"
          help="Letters, digits, underscores; the JKS alias and the Unique Name in Salesforce."
          autoComplete="off"
          {...field('alias')}
        />
        <NewSecretFields
          label="Keystore password"
          noun="password"
          help="For the .jks and .p12 exports; at least 6 characters. Asked once: the exports use it."
          problem={keystorePasswordProblem}
          value={form.password}
          confirm={form.confirm}
          onChange={(value) => setField('password', value)}
          onConfirm={(value) => setField('confirm', value)}
        />
      </div>
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={!check.ready || busy}
          aria-describedby={check.blocked ? `${sizeId}-blocked` : undefined}
        >
          Generate key and certificate
        </button>
        {keyWithoutCertificate ? (
          <button type="button" disabled={!check.certificateReady || busy} onClick={() => void createCertificate()}>
            Create certificate for the loaded key
          </button>
        ) : null}
        {check.blocked ? (
          <span className="help keys-blocked" id={`${sizeId}-blocked`}>
            {check.blocked}
          </span>
        ) : null}
      </div>
      {generating !== undefined ? (
        <div className="keys-progress" role="status">
          <progress aria-label="Generating the key" />
          <span>Generating a {generating}-bit RSA key and its certificate…</span>
        </div>
      ) : null}
      {certifying ? <p role="status">Creating the certificate…</p> : null}
      {formDone ? <Notice tone="ok">{formDone}</Notice> : null}
      {formError ? <ErrorMessage error={formError} /> : null}
    </form>
  );
}
