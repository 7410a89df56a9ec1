import { useState } from 'react';
import { Notice } from '../../components/notice';
import { useKeyRotation } from '../keys/key-rotation-store';
import type { StepMark } from './step-status';
import { useWizard } from './wizard-store';

/**
 * Says why a step needs doing again after a rotation, with both certificates' SHA-256 fingerprints, and offers
 * the two ways back: confirm the new certificate is in Salesforce now, or put the previous key back in use.
 */
export function RedoNotice({
  mark,
  what,
  confirmLabel,
  onConfirm,
}: {
  mark: StepMark;
  /** What was done with the old certificate, e.g. "uploaded to the app". */
  what: string;
  confirmLabel?: string;
  onConfirm?: () => Promise<void>;
}) {
  const previous = useWizard((s) => s.workspace?.previousKey);
  const restore = useKeyRotation((s) => s.restorePrevious);
  const [busy, setBusy] = useState(false);
  if (mark.state !== 'needs-redo') return null;
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    await action();
    setBusy(false);
  };
  const previousMatches = previous?.certificate?.fingerprintSha256 === mark.confirmedFingerprint;
  return (
    <div className="wizard-redo" data-testid="needs-redo">
      <Notice tone="warning">
        <p>
          <strong>Needs redo:</strong> the certificate {what} is not the one of the key in use.
        </p>
        <dl className="facts">
          <dt>Confirmed (SHA-256)</dt>
          <dd className="mono" data-testid="confirmed-fingerprint">
            {mark.confirmedFingerprint}
          </dd>
          <dt>Key in use (SHA-256)</dt>
          <dd className="mono" data-testid="current-fingerprint">
            {mark.currentFingerprint ?? 'no certificate'}
          </dd>
        </dl>
      </Notice>
      <div className="button-row">
        {onConfirm && confirmLabel ? (
          <button type="button" disabled={busy} onClick={() => void run(onConfirm)}>
            {confirmLabel}
          </button>
        ) : null}
        {previousMatches ? (
          <button type="button" disabled={busy} onClick={() => void run(restore)}>
            Restore the previous key
          </button>
        ) : null}
      </div>
    </div>
  );
}
