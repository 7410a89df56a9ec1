import { useEffect } from 'react';
import { useSession } from '../../app/session-store';
import '../../styles/keys.css';
import { ExpiryBanner } from './expiry-banner';
import { ExportCard } from './export-card';
import { GenerateForm } from './generate-form';
import { ImportCard } from './import-card';
import { KeySummaryCard } from './key-summary-card';
import { refreshCurrentKey } from './refresh-current-key';

/**
 * Everything of the Keys & certificate page but its heading, so the setup wizard can embed it as a step:
 * the key in use (summary, expiry banner, exports), then the ways to get one (generate, import).
 */
export function KeysPanel() {
  const key = useSession((s) => s.key);
  useEffect(() => {
    if (!useSession.getState().key) void refreshCurrentKey();
  }, []);
  return (
    <div className="keys-panel">
      {key?.certificate ? <ExpiryBanner certificate={key.certificate} /> : null}
      {key ? <KeySummaryCard summary={key} /> : null}
      {key ? <ExportCard hasCertificate={key.certificate !== undefined} /> : null}
      <GenerateForm keyWithoutCertificate={key !== undefined && key.certificate === undefined} />
      <ImportCard />
    </div>
  );
}
