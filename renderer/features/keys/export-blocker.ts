import { type ExportFormat, exportFormats } from '../../../shared/keys/export-format';
import { keystorePasswordProblem } from '../../../shared/keys/keystore-password';

export interface ExportInputs {
  hasCertificate: boolean;
  password: string;
  confirm: string;
}

/**
 * Why an export button is disabled, in words shown beside it (undefined when it can run): a greyed-out
 * button that does not say what it waits for leaves the admin guessing.
 */
export function exportBlocker(format: ExportFormat, inputs: ExportInputs): string | undefined {
  if (format !== 'key-pem' && !inputs.hasCertificate) return 'Needs the certificate: create it with the form below first.';
  if (exportFormats[format].password !== 'required') return undefined;
  if (inputs.password === '') return 'Type the keystore password above first (at least 6 characters).';
  const problem = keystorePasswordProblem(inputs.password);
  if (problem) return `Keystore password: ${problem}`;
  if (inputs.confirm !== inputs.password) return 'Confirm the keystore password above first: the two passwords differ.';
  return undefined;
}
