import { useState } from 'react';
import { useSession } from '../../app/session-store';
import { ErrorMessage } from '../../components/error-message';
import { useWizard } from '../setup/wizard-store';
import { useKeyRotation } from './key-rotation-store';

/** The cut-over order after a rotation: the app holds one certificate for the JWT flow at a time. */
const CUT_OVER = {
  connected: [
    'Keep the previous key here until the new one works: to roll back, restore it and upload its certificate again.',
    'App Manager → your app ▾ → Edit → Use digital signatures → Choose File: the new certificate. From then on, assertions signed by the old key fail.',
    'Wait for the change to propagate (2–10 minutes), then test the login (step 6).',
    'Switch every integration to the new key, then discard the previous key here.',
  ],
  external: [
    'Keep the previous key here until the new one works: to roll back, restore it and upload its certificate again.',
    'External Client App Manager → your app → Settings → OAuth → JWT Bearer Flow: replace the certificate (or deploy the metadata of step 3 with the new one). From then on, assertions signed by the old key fail.',
    'Wait for the change to propagate (2–10 minutes), then test the login against your My Domain (step 6).',
    'Switch every integration to the new key, then discard the previous key here.',
  ],
} as const;

/** The key before the latest rotation: restorable until discarded, with the rotation checklist. */
export function PreviousKeyCard() {
  const previous = useWizard((s) => s.workspace?.previousKey);
  const appKind = useSession((s) => s.appKind);
  const { restorePrevious, discardPrevious, previousBusy, previousError } = useKeyRotation();
  const [discarding, setDiscarding] = useState(false);
  if (!previous) return null;
  return (
    <section className="card" aria-labelledby="keys-previous-title">
      <h3 id="keys-previous-title">Previous key</h3>
      <dl className="facts">
        <dt>Unique Name (alias)</dt>
        <dd className="mono">{previous.alias}</dd>
        <dt>Certificate SHA-256</dt>
        <dd className="mono" data-testid="previous-fingerprint">
          {previous.certificate?.fingerprintSha256 ?? 'no certificate'}
        </dd>
      </dl>
      <h4>Rotation checklist ({appKind === 'external' ? 'External Client App' : 'Connected App'})</h4>
      <ol>
        {CUT_OVER[appKind].map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" disabled={previousBusy} onClick={() => void restorePrevious()}>
          Restore previous key
        </button>
        {discarding ? null : (
          <button type="button" className="danger" disabled={previousBusy} onClick={() => setDiscarding(true)}>
            Discard previous key
          </button>
        )}
      </div>
      {discarding ? (
        <fieldset className="button-row">
          <legend className="visually-hidden">Discard the previous key</legend>
          <span>Discard it for good? Only an exported copy or a profile can bring it back.</span>
          <button
            type="button"
            className="danger"
            disabled={previousBusy}
            onClick={() => {
              setDiscarding(false);
              void discardPrevious();
            }}
          >
            Discard for good
          </button>
          <button type="button" onClick={() => setDiscarding(false)}>
            Cancel
          </button>
        </fieldset>
      ) : null}
      {previousError ? <ErrorMessage error={previousError} /> : null}
    </section>
  );
}
