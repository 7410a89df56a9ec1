import { useEffect } from 'react';
import { useSession } from '../../app/session-store';
import { Notice } from '../../components/notice';
import { ExchangePanel } from '../exchange/exchange-panel';
import { useExchange } from '../exchange/exchange-store';
import { rehearsalInput } from '../exchange/rehearsal-input';
import { useProfiles } from '../profiles/profiles-store';
import { SaveProfileForm } from '../profiles/save-profile-form';
import { SnippetsPanel } from '../profiles/snippets-panel';
import { RedoNotice } from './redo-notice';
import { stepMark, testMarks } from './step-status';
import { TestMarksView } from './test-marks-view';
import { useWizard } from './wizard-store';
import { refreshWorkspace } from './workspace-sync';

/**
 * Step 6: the Token exchange in place. A failure's diagnosis links back to the step that fixes it; each
 * outcome is kept by the workspace per target, so the step shows "rehearsed" and "tested against the real
 * org" apart. A success lets the configuration be saved as a profile and turned into code.
 */
export function StepTest() {
  const report = useExchange((s) => s.report);
  const session = useSession();
  const { ticks, workspace } = useWizard();
  const mark = stepMark('test', ticks, session, workspace);
  const refreshProfiles = useProfiles((s) => s.refresh);
  const offlinePlan = useExchange((s) => s.offlinePlan);
  useEffect(() => {
    // Chosen on step 1: the emulator plays the demo org; once the admin stops it, it is not started again.
    const exchange = useExchange.getState();
    if (!offlinePlan || exchange.rehearsal || exchange.rehearsalBusy) return;
    exchange.planOffline(false);
    void exchange.startRehearsal(rehearsalInput(useSession.getState()));
  }, [offlinePlan]);
  useEffect(() => {
    if (report) void refreshWorkspace();
  }, [report]);
  useEffect(() => {
    void refreshProfiles();
  }, [refreshProfiles]);
  return (
    <div className="wizard-step-body">
      <p>
        Sign a fresh assertion and test the login. No Salesforce org at hand, or the app still propagating? Turn on "Rehearse
        offline": a local emulator answers like Salesforce.
      </p>
      <TestMarksView />
      <RedoNotice mark={mark} what="of the last successful test" />
      <ExchangePanel />
      {mark.state === 'done' ? (
        <Notice tone="ok">
          {testMarks(workspace, session.key?.certificate?.fingerprintSha256).tested
            ? 'The login works against Salesforce.'
            : 'The rehearsal works; Salesforce itself has not been asked yet.'}{' '}
          Save this configuration as a profile, and take the code for your integration.
        </Notice>
      ) : null}
      <SaveProfileForm />
      <SnippetsPanel />
    </div>
  );
}
