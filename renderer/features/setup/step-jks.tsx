import { useCallback } from 'react';
import { keystorePasswordProblem } from '../../../shared/keys/keystore-password';
import { renderSnippet } from '../../../shared/snippets/render-snippet';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { ErrorMessage } from '../../components/error-message';
import { newSecretProblem } from '../../components/new-secret-fields';
import { Notice } from '../../components/notice';
import { SetupText } from '../../components/setup-text';
import { useApiAction } from '../../components/use-api-action';
import { useKeyExport } from '../keys/key-export-store';
import { KeystorePasswordFields } from '../keys/keystore-password-fields';
import { handOverFile } from '../profiles/hand-over-file';
import { SnippetCode } from '../profiles/snippet-code';
import { RedoNotice } from './redo-notice';
import { stepMark, testMarks } from './step-status';
import { reachedSummary } from './test-marks-view';
import { useWizard } from './wizard-store';
import { confirmCertificate } from './workspace-sync';

/**
 * Step 7 (optional): Apex signs with `Auth.JWS` using a certificate stored in Salesforce, which imports a
 * key pair only from a JKS keystore (docs/jks-format.md). The keystore's alias becomes the Unique Name.
 */
export function StepJks() {
  const session = useSession();
  const { ticks, tick, workspace } = useWizard();
  const marks = testMarks(workspace, session.key?.certificate?.fingerprintSha256);
  const password = useKeyExport((s) => s.exportPassword);
  const confirm = useKeyExport((s) => s.exportConfirm);
  const alias = session.key?.alias;
  const problem = newSecretProblem(password, confirm, 'password', keystorePasswordProblem);
  const apex = renderSnippet('apex', {
    clientId: session.clientId,
    username: session.username,
    endpoint: session.endpoint,
    aud: session.aud,
    keyFile: '',
    ...(alias ? { certificateName: alias } : {}),
  });

  const call = useCallback(() => api['keys.export']({ format: 'jks', password }), [password]);
  const { busy, done, error, run: download } = useApiAction(call, handOverFile);

  return (
    <div className="wizard-step-body">
      <p>Only for Apex code that logs in itself (Auth.JWT + Auth.JWS + Auth.JWTBearerTokenExchange). Skip it otherwise.</p>
      <ol className="wizard-checklist" aria-label="Import the keystore">
        <li>
          <p>Download the key and certificate as a Java keystore (.jks). The password protects both the keystore and the key.</p>
          <form className="form-grid" aria-label="Keystore password" onSubmit={(e) => e.preventDefault()}>
            <KeystorePasswordFields label="Keystore password" />
          </form>
          <div className="button-row">
            <button
              type="button"
              onClick={() => void download()}
              disabled={busy || problem !== undefined || !session.key?.certificate}
            >
              Download the keystore (.jks)
            </button>
          </div>
          {done ? <Notice tone="ok">{done}</Notice> : null}
          {error ? <ErrorMessage error={error} /> : null}
        </li>
        <li>
          <p className="wizard-path">
            <SetupText text='Setup → Quick Find "Certificate and Key Management" → Import from Keystore' />
          </p>
          <p>Choose the .jks, type its password, Save. Salesforce imports JKS only (not PKCS#12).</p>
        </li>
        <li>
          <p>
            The certificate's Unique Name is the keystore alias: <code>{alias ?? 'your key’s alias'}</code>. Apex names it in{' '}
            <code>new Auth.JWS(jwt, '{alias ?? 'alias'}')</code>.
          </p>
        </li>
        <li>
          <p className="wizard-path">
            <SetupText text={`Setup → Remote Site Settings → New: ${session.endpoint}`} />
          </p>
          <p>Apex may call the token endpoint only once it is an allowed remote site.</p>
        </li>
      </ol>
      <SnippetCode title="Apex" code={apex} />
      <label className="wizard-tick">
        <input
          type="checkbox"
          checked={ticks.jks === true}
          onChange={(e) => {
            tick('jks', e.target.checked);
            void confirmCertificate('jks', e.target.checked);
          }}
        />{' '}
        Done: the certificate is in Certificate and Key Management
      </label>
      <RedoNotice
        mark={stepMark('jks', ticks, session, workspace)}
        what="imported into Certificate and Key Management"
        confirmLabel="I imported the new keystore"
        onConfirm={() => confirmCertificate('jks', true)}
      />
      <Notice tone={marks.tested ? 'ok' : 'info'}>
        {reachedSummary(marks.rehearsed !== undefined, marks.tested !== undefined)}
      </Notice>
    </div>
  );
}
