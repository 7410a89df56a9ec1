import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { ErrorMessage } from '../../components/error-message';
import { useApiAction } from '../../components/use-api-action';
import { handOverFile } from '../profiles/hand-over-file';

const exportCertificate = () => api['keys.export']({ format: 'crt-pem' });

/** The certificate to upload, downloadable right where the checklist asks for it. */
export function CertificateDownload() {
  const certificate = useSession((s) => s.key?.certificate);
  const { busy, done, error, run: download } = useApiAction(exportCertificate, handOverFile);
  return (
    <div className="wizard-certificate">
      <button
        type="button"
        onClick={() => void download()}
        disabled={busy || !certificate}
        aria-describedby={certificate ? undefined : 'certificate-download-why'}
      >
        Download the certificate (.crt)
      </button>
      {certificate ? (
        <span className="help">
          {certificate.subject}, valid until {certificate.notAfter.slice(0, 10)}, {certificate.pemBytes} bytes (Salesforce takes
          up to 4 KB).
        </span>
      ) : (
        <span className="help" id="certificate-download-why">
          Make a key and certificate in step 2 first.
        </span>
      )}
      {done ? <p role="status">{done}</p> : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
