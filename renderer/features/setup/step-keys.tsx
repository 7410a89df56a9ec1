import { useSession } from '../../app/session-store';
import { Notice } from '../../components/notice';
import { KeysPanel } from '../keys/keys-panel';

/** Step 2: the Keys page in place. Salesforce needs the certificate; the private key stays here. */
export function StepKeys() {
  const certificate = useSession((s) => s.key?.certificate);
  return (
    <div className="wizard-step-body">
      <p>
        Make an RSA key (2048 bits or more) and a self-signed certificate, or import yours. The certificate goes to Salesforce in
        step 3; the private key never leaves your side.
      </p>
      {certificate ? <Notice tone="ok">Key and certificate ready: continue to step 3.</Notice> : null}
      <KeysPanel />
    </div>
  );
}
