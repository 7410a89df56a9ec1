import { useCallback, useState } from 'react';
import { ecaApiNameProblem } from '../../../shared/eca-metadata/eca-metadata';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { CopyButton } from '../../components/copy-button';
import { ErrorMessage } from '../../components/error-message';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { useApiAction } from '../../components/use-api-action';
import { handOverFile } from '../profiles/hand-over-file';

const DEPLOY = 'sf project deploy start --source-dir force-app --target-org <your org alias>';

/** The External Client App as metadata (with the certificate), for admins who deploy rather than click. */
export function EcaMetadataForm() {
  const hasCertificate = useSession((s) => s.key?.certificate !== undefined);
  const [apiName, setApiName] = useState('JWT_Integration');
  const [label, setLabel] = useState('JWT Integration');
  const [contactEmail, setContactEmail] = useState('');
  const problem = ecaApiNameProblem(apiName);
  const emailProblem = contactEmail === '' || /^[^@\s]+@[^@\s]+$/.test(contactEmail) ? undefined : 'Enter an e-mail address.';

  const call = useCallback(() => api['setup.ecaMetadata']({ apiName, label, contactEmail }), [apiName, label, contactEmail]);
  const { busy, done, error, run: download } = useApiAction(call, handOverFile);

  return (
    <details className="card wizard-metadata">
      <summary>Or deploy the app as metadata (sf project deploy start)</summary>
      <p className="help">
        A folder with the External Client App, its OAuth settings, and its global OAuth settings holding your certificate
        (Metadata API 60+). The org needs "Allow Access to OAuth Consumer Secrets via Metadata API" turned on.
      </p>
      <div className="form-grid">
        <TextField label="App API name" value={apiName} onChange={setApiName} error={problem} />
        <TextField label="App label" value={label} onChange={setLabel} />
        <TextField label="Contact e-mail" type="email" value={contactEmail} onChange={setContactEmail} error={emailProblem} />
      </div>
      <div className="button-row">
        <button
          type="button"
          onClick={() => void download()}
          disabled={
            busy ||
            !hasCertificate ||
            problem !== undefined ||
            contactEmail === '' ||
            emailProblem !== undefined ||
            label.trim() === ''
          }
        >
          Download the metadata folder (.zip)
        </button>
      </div>
      <p className="wizard-copy">
        Unzip it, then in the folder: <code>{DEPLOY}</code> <CopyButton value={DEPLOY} label="Copy the deploy command" />
      </p>
      {done ? <Notice tone="ok">{done}</Notice> : null}
      {error ? <ErrorMessage error={error} /> : null}
    </details>
  );
}
