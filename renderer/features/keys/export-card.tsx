import { EXPORT_FORMATS, type ExportFormat, exportFormats } from '../../../shared/keys/export-format';
import { passphraseProblem } from '../../../shared/profiles/passphrase';
import { ErrorMessage } from '../../components/error-message';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { exportBlocker } from './export-blocker';
import { useKeyExport } from './key-export-store';
import { KeystorePasswordFields } from './keystore-password-fields';

const BUTTONS: Record<ExportFormat, string> = {
  'crt-pem': 'Save certificate (.crt)',
  'cer-der': 'Save certificate (.cer, DER)',
  'key-pem': 'Save private key (.key)',
  jks: 'Save keystore (.jks)',
  p12: 'Save PKCS#12 (.p12)',
};

/** One button per file, each saying where the file goes in Salesforce; keystores need the password first. */
export function ExportCard({ hasCertificate }: { hasCertificate: boolean }) {
  const { exportFile, exporting, exportPassword, exportConfirm, keyPassphrase, setKeyPassphrase } = useKeyExport();
  const { exportError, exportDone } = useKeyExport();
  const blocker = (format: ExportFormat) =>
    exportBlocker(format, { hasCertificate, password: exportPassword, confirm: exportConfirm });
  return (
    <section className="card" aria-labelledby="keys-export-title">
      <h3 id="keys-export-title">Export</h3>
      {/* A form, so the browser and password managers treat the fields as the new password they are. */}
      <form className="form-grid" aria-label="Export passwords" onSubmit={(e) => e.preventDefault()}>
        <KeystorePasswordFields />
        <TextField
          label="Private key passphrase (optional)"
          type="password"
          autoComplete="new-password"
          value={keyPassphrase}
          onChange={setKeyPassphrase}
          help="Encrypts the .key (PBES2, AES-256, 600,000 PBKDF2 rounds). The sf CLI needs it unencrypted: leave empty for sf org login jwt."
          error={keyPassphrase === '' ? undefined : passphraseProblem(keyPassphrase)}
        />
      </form>
      <ul className="keys-exports">
        {EXPORT_FORMATS.map((format) => {
          const blocked = blocker(format);
          return (
            <li key={format}>
              <button
                type="button"
                onClick={() => void exportFile(format)}
                disabled={exporting !== undefined || blocked !== undefined}
                aria-describedby={blocked ? `keys-export-${format}-blocked` : undefined}
              >
                {BUTTONS[format]}
              </button>
              <span className="help">
                {exportFormats[format].where}
                {blocked ? (
                  <span className="keys-export-blocked" id={`keys-export-${format}-blocked`}>
                    {blocked}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {exporting ? <p role="status">Preparing {exportFormats[exporting].label}…</p> : null}
      {exportDone ? <Notice tone="ok">{exportDone}</Notice> : null}
      {exportError ? <ErrorMessage error={exportError} /> : null}
    </section>
  );
}
