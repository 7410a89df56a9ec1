import { useState } from 'react';
import { keystorePasswordProblem } from '../../../shared/keys/keystore-password';
import { NewSecretFields, newSecretProblem } from '../../components/new-secret-fields';
import { useKeyExport } from './key-export-store';

/**
 * The keystore password (.jks, .p12), asked once: the generate form, the Export card and the wizard's JKS step
 * share it, so once typed and confirmed anywhere it is only shown as set, with a way to change it.
 */
export function KeystorePasswordFields({ label = 'Keystore password (.jks, .p12)' }: { label?: string }) {
  const { exportPassword, exportConfirm, setExportPassword, setExportConfirm } = useKeyExport();
  const [changing, setChanging] = useState(false);
  const ready =
    exportPassword !== '' && newSecretProblem(exportPassword, exportConfirm, 'password', keystorePasswordProblem) === undefined;
  if (ready && !changing) {
    return (
      <p className="keystore-password-set">
        Keystore password: set ({'•'.repeat(8)}), for the .jks and .p12 and as their key password.{' '}
        <button type="button" onClick={() => setChanging(true)}>
          Change the keystore password
        </button>
      </p>
    );
  }
  return (
    <NewSecretFields
      label={label}
      noun="password"
      help="At least 6 characters; also the key password, as Salesforce requires."
      problem={keystorePasswordProblem}
      value={exportPassword}
      confirm={exportConfirm}
      onChange={setExportPassword}
      onConfirm={setExportConfirm}
    />
  );
}
