import { useState } from 'react';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { ErrorMessage } from '../../components/error-message';
import { handOverFile } from '../profiles/hand-over-file';

/** The certificate to upload, downloadable right where the checklist asks for it. */
export function CertificateDownload() {
  const certificate = useSession((s) => s.key?.certificate);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<ErrorShape>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    const result = await api['keys.export']({ format: 'crt-pem' });
    setBusy(false);
    if (result.ok) setDone(handOverFile(result.value));
    else setError(result.error);
  };
  return (
    <div className="wizard-certificate">
      <button type="button" onClick={() => void download()} disabled={busy || !certificate}>
        Download the certificate (.crt)
      </button>
      {certificate ? (
        <span className="help">
          {certificate.subject}, valid until {certificate.notAfter.slice(0, 10)}, {certificate.pemBytes} bytes (Salesforce takes
          up to 4 KB).
        </span>
      ) : (
        <span className="help">Make a key and certificate in step 2 first.</span>
      )}
      {done ? <p role="status">{done}</p> : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
