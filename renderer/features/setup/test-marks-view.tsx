import type { TestMark } from '../../../shared/workspace/workspace-view';
import { useSession } from '../../app/session-store';
import { testMarks } from './step-status';
import { useWizard } from './wizard-store';

const when = (mark: TestMark) => new Date(mark.at).toLocaleString();

/**
 * Step 6's two marks, never merged: rehearsed on the emulator, and tested against the real org (which host,
 * when). Only a real test proves that Salesforce accepts the setup.
 */
export function TestMarksView() {
  const workspace = useWizard((s) => s.workspace);
  const fingerprint = useSession((s) => s.key?.certificate?.fingerprintSha256);
  const { rehearsed, tested } = testMarks(workspace, fingerprint);
  return (
    <ul className="wizard-marks" aria-label="Test marks">
      <li data-testid="mark-rehearsed">
        {rehearsed
          ? `✓ Rehearsed: the emulator (playing ${rehearsed.host}) issued a token, ${when(rehearsed)}.`
          : '○ Not rehearsed with this key yet.'}
      </li>
      <li data-testid="mark-tested">
        {tested
          ? `✓ Tested against the real org: Salesforce (${tested.host}) issued a token, ${when(tested)}.`
          : '○ Not tested against the real org with this key yet.'}
      </li>
    </ul>
  );
}

/** The wizard's last word: which of the two marks was reached. */
export function reachedSummary(rehearsed: boolean, tested: boolean): string {
  if (tested) return 'Reached: the login works against the real Salesforce org.';
  if (rehearsed)
    return 'Reached: rehearsed on the emulator only. Salesforce itself has not issued a token yet: test against your org in step 6.';
  return 'Not reached yet: no successful test with the key in use (step 6).';
}
