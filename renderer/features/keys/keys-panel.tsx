import { useEffect } from 'react';
import { useSession } from '../../app/session-store';
import '../../styles/keys.css';
import { useWizard } from '../setup/wizard-store';
import { ensureWorkspace, refreshWorkspace } from '../setup/workspace-sync';
import { ExpiryBanner } from './expiry-banner';
import { ExportCard } from './export-card';
import { GenerateForm } from './generate-form';
import { ImportCard } from './import-card';
import { useKeyRotation } from './key-rotation-store';
import { KeySummaryCard } from './key-summary-card';
import { PreviousKeyCard } from './previous-key-card';
import { refreshCurrentKey } from './refresh-current-key';
import { RotationConfirm } from './rotation-confirm';

/**
 * Everything of the Keys & certificate page but its heading, so the setup wizard can embed it as a step:
 * the key in use (summary, expiry banner, exports, how the workspace keeps it), the previous key of a rotation,
 * then the ways to get one (generate, import), each asking first when it would replace the key in use.
 */
export function KeysPanel() {
  const key = useSession((s) => s.key);
  const pending = useKeyRotation((s) => s.pendingRotation?.kind);
  const protection = useWizard((s) => s.workspace?.protection);
  useEffect(() => {
    if (!useSession.getState().key) void refreshCurrentKey();
    void ensureWorkspace().then(refreshWorkspace);
  }, []);
  return (
    <div className="keys-panel">
      {key?.certificate ? <ExpiryBanner certificate={key.certificate} /> : null}
      {key ? <KeySummaryCard summary={key} /> : null}
      {key && protection ? (
        <p className="help" data-testid="key-protection">
          Kept in your workspace across restarts. {protection.description}
        </p>
      ) : null}
      {key ? <ExportCard hasCertificate={key.certificate !== undefined} /> : null}
      <PreviousKeyCard />
      <GenerateForm keyWithoutCertificate={key !== undefined && key.certificate === undefined} />
      {pending === 'generate' ? <RotationConfirm /> : null}
      <ImportCard />
      {pending === 'import' ? <RotationConfirm /> : null}
    </div>
  );
}
