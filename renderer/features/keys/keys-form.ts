import { aliasProblem, DEFAULT_ALIAS, lowerCaseNote } from '../../../shared/keys/alias';
import {
  DEFAULT_KEY_SIZE,
  DEFAULT_VALIDITY_DAYS,
  type KeySize,
  validityProblem,
  validityWarning,
} from '../../../shared/keys/key-request';
import { keystorePasswordProblem } from '../../../shared/keys/keystore-password';
import { type CertificateSubject, DEFAULT_COMMON_NAME, subjectProblems } from '../../../shared/keys/subject';
import { confirmProblem } from '../../components/new-secret-fields';

/** The generate form as typed: strings, as the inputs hold them. */
export interface KeysForm {
  commonName: string;
  organization: string;
  organizationalUnit: string;
  locality: string;
  state: string;
  country: string;
  email: string;
  bits: KeySize;
  days: string;
  alias: string;
  password: string;
  confirm: string;
}

export type KeysFormField = keyof KeysForm;

export const initialKeysForm: KeysForm = {
  commonName: DEFAULT_COMMON_NAME,
  organization: '',
  organizationalUnit: '',
  locality: '',
  state: '',
  country: '',
  email: '',
  bits: DEFAULT_KEY_SIZE,
  days: String(DEFAULT_VALIDITY_DAYS),
  alias: DEFAULT_ALIAS,
  password: '',
  confirm: '',
};

export function formSubject(form: KeysForm): CertificateSubject {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const subject: CertificateSubject = { commonName: form.commonName.trim() };
  for (const field of ['organization', 'organizationalUnit', 'locality', 'state', 'country', 'email'] as const) {
    const value = optional(form[field]);
    if (value !== undefined) subject[field] = value;
  }
  return subject;
}

export interface FormCheck {
  errors: Partial<Record<KeysFormField, string>>;
  warnings: Partial<Record<KeysFormField, string>>;
  /** The certificate fields (subject, days, alias) are valid: enough to certify a loaded key. */
  certificateReady: boolean;
  /** Everything is valid, passwords included: enough to generate. */
  ready: boolean;
  /**
   * Why "Generate" is disabled, shown beside it: a field's own message stays hidden until the field is
   * typed in (an empty confirmation is not yet an error), so the button must say what it waits for.
   */
  blocked?: string;
}

function blockedReason(errors: FormCheck['errors'], form: KeysForm): string | undefined {
  const fields = Object.keys(errors);
  if (fields.length === 0) return undefined;
  if (fields.length === 1 && errors.confirm && form.confirm === '')
    return 'Type the keystore password again in the confirm field.';
  return 'Correct the fields marked in red first.';
}

/**
 * The same rules the Node side enforces (shared/keys), run as the user types so the form explains itself
 * before anything is sent. The password is optional; when given it must suit keytool (≥ 6) and match.
 */
export function checkKeysForm(form: KeysForm): FormCheck {
  const errors: FormCheck['errors'] = { ...subjectProblems(formSubject(form)) };
  const warnings: FormCheck['warnings'] = {};
  const days = Number(form.days);
  const daysProblem = form.days.trim() === '' ? 'Give the validity in days.' : validityProblem(days);
  if (daysProblem) errors.days = daysProblem;
  else {
    const warning = validityWarning(days);
    if (warning) warnings.days = warning;
  }
  const alias = aliasProblem(form.alias);
  if (alias) errors.alias = alias;
  else {
    const note = lowerCaseNote(form.alias);
    if (note) warnings.alias = note;
  }
  const certificateReady = Object.keys(errors).length === 0;
  if (form.password !== '') {
    const password = keystorePasswordProblem(form.password);
    if (password) errors.password = password;
  }
  const confirm = confirmProblem(form.password, form.confirm, 'password');
  if (confirm) errors.confirm = confirm;
  const blocked = blockedReason(errors, form);
  return { errors, warnings, certificateReady, ready: blocked === undefined, ...(blocked ? { blocked } : {}) };
}
