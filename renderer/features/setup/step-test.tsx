import { useEffect } from 'react';
import { useSession } from '../../app/session-store';
import { Notice } from '../../components/notice';
import { ExchangePanel } from '../exchange/exchange-panel';
import { useExchange } from '../exchange/exchange-store';
import { rehearsalInput } from '../exchange/rehearsal-input';
import { useProfiles } from '../profiles/profiles-store';
import { SaveProfileForm } from '../profiles/save-profile-form';
import { SnippetsPanel } from '../profiles/snippets-panel';
import { useWizard } from './wizard-store';

/**
 * Step 6: the Token exchange in place. A failure's diagnosis links back to the step that fixes it; a success
 * is ticked, and the configuration can be saved as a profile and turned into code.
 */
export function StepTest() {
  const succeeded = useExchange((s) => s.report?.ok === true);
  const tested = useWizard((s) => s.ticks.test === true);
  const tick = useWizard((s) => s.tick);
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
    if (succeeded) tick('test', true);
  }, [succeeded, tick]);
  useEffect(() => {
    void refreshProfiles();
  }, [refreshProfiles]);
  return (
    <div className="wizard-step-body">
      <p>
        Sign a fresh assertion and test the login. No Salesforce org at hand, or the app still propagating? Turn on "Rehearse
        offline": a local emulator answers like Salesforce.
      </p>
      <ExchangePanel />
      {tested ? (
        <Notice tone="ok">The login works. Save this configuration as a profile, and take the code for your integration.</Notice>
      ) : null}
      <SaveProfileForm />
      <SnippetsPanel />
    </div>
  );
}
