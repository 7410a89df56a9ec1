import { type ComponentType, useEffect, useRef, useState } from 'react';
import { useNavigation } from '../../app/navigation-store';
import { useSession } from '../../app/session-store';
import '../../styles/setup.css';
import { Notice } from '../../components/notice';
import { refreshCurrentKey } from '../keys/refresh-current-key';
import { CompletionScreen } from './completion-screen';
import { chooseEnvironment } from './org-choice';
import { StepConfigure } from './step-configure';
import { StepCredentials } from './step-credentials';
import { StepJks } from './step-jks';
import { StepKeys } from './step-keys';
import { StepOrg } from './step-org';
import { StepPreauthorize } from './step-preauthorize';
import { StepTest } from './step-test';
import { WizardStepper } from './wizard-stepper';
import { stepNumber, WIZARD_STEPS, type WizardStepId } from './wizard-steps';
import { useWizard } from './wizard-store';
import { confirmCertificate, ensureWorkspace } from './workspace-sync';

const STEP_BODIES: Record<WizardStepId, ComponentType> = {
  org: StepOrg,
  keys: StepKeys,
  configure: StepConfigure,
  preauthorize: StepPreauthorize,
  credentials: StepCredentials,
  test: StepTest,
  jks: StepJks,
};

/**
 * A resumed wizard (after a reload or a restart of any host) puts the workspace's answers back into a fresh
 * session; a session that already holds a configuration (an opened profile, values typed elsewhere) is left alone.
 */
function useResumeSession() {
  useEffect(() => {
    void ensureWorkspace().then(resumeSession);
  }, []);
}

function resumeSession() {
  const wizard = useWizard.getState();
  const session = useSession.getState();
  // The key lives on the Node side (in the workspace) and outlives the page and the host: fetch its summary.
  if (!session.key) void refreshCurrentKey();
  if (session.profileName !== undefined || session.clientId !== '' || session.username !== '') return;
  const { environment } = chooseEnvironment(wizard.org);
  if (wizard.ticks.org && environment) {
    session.setAppKind(wizard.org.appKind);
    session.setEnvironment(environment);
  }
  session.load({ clientId: wizard.clientId, username: wizard.username });
}

/** Opens the step a diagnosis's fix link asked for (Token exchange page, or the wizard's own test step). */
function useRequestedStep() {
  const requested = useNavigation((s) => s.wizardStepRequest);
  // A step asked for before the workspace is read (a link to #/setup/STEP) is opened once it is: reading it sets the step.
  const hydrated = useWizard((s) => s.hydrated);
  useEffect(() => {
    if (!requested || !hydrated) return;
    useWizard.getState().goTo(requested);
    useNavigation.getState().clearWizardStepRequest();
  }, [requested, hydrated]);
}

/**
 * The step shown is the page's route (#/setup/STEP) and title; after a move to another step, focus goes to its
 * heading, so a screen reader says where it is and Tab starts from there.
 */
function useStepPage(step: WizardStepId, title: string | undefined, hydrated: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<WizardStepId | undefined>(undefined);
  useEffect(() => {
    // Until the workspace is read, the step is not the admin's yet: no route, and no focus moved by the load.
    if (!hydrated) return;
    useNavigation.getState().setSubPage({ id: step, title: title ?? step });
    const moved = shown.current !== undefined && shown.current !== step;
    shown.current = step;
    if (moved) heading.current?.focus();
  }, [step, title, hydrated]);
  useEffect(() => () => useNavigation.getState().setSubPage(undefined), []);
  return heading;
}

/** Forgetting the progress and answers asks first: a stray click would lose every tick. */
function StartOver({ restart }: { restart: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Start over
      </button>
    );
  }
  return (
    <fieldset className="button-row wizard-start-over">
      <legend className="visually-hidden">Start over</legend>
      <span>Forget the wizard’s answers and ticks? Your key and saved profiles stay.</span>
      <button
        type="button"
        className="danger"
        onClick={() => {
          restart();
          // A new org: the certificates confirmed in the old one's Salesforce no longer say anything.
          void confirmCertificate('configure', false);
          void confirmCertificate('jks', false);
          setAsking(false);
        }}
      >
        Forget and start over
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </fieldset>
  );
}

export function SetupPage() {
  const { step, back, next, restart, hydrated, notices } = useWizard();
  useResumeSession();
  useRequestedStep();
  const Body = STEP_BODIES[step];
  const number = stepNumber(step);
  const title = WIZARD_STEPS[number - 1]?.title;
  const heading = useStepPage(step, title, hydrated);
  const [finished, setFinished] = useState(false);
  if (finished) return <CompletionScreen onBack={() => setFinished(false)} />;
  return (
    <section aria-labelledby="setup-heading" className="wizard">
      <h2 id="setup-heading">Setup wizard</h2>
      <div className="wizard-intro">
        <p className="help">
          From nothing to a working JWT Bearer login. Your progress and key are kept in your workspace: come back any time.
        </p>
        <StartOver restart={restart} />
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning">
          {notice}
        </Notice>
      ))}
      {!hydrated ? <p role="status">Opening your workspace…</p> : null}
      <div className="wizard-layout" hidden={!hydrated}>
        <WizardStepper />
        <section className="wizard-step" aria-labelledby="wizard-step-title" key={step}>
          <h3 id="wizard-step-title" tabIndex={-1} ref={heading}>
            Step {number} of {WIZARD_STEPS.length}: {title}
          </h3>
          <Body />
          <div className="button-row wizard-footer">
            {step !== 'org' ? (
              <>
                <button type="button" onClick={back}>
                  Back
                </button>
                {number === WIZARD_STEPS.length ? (
                  <button type="button" className="primary" onClick={() => setFinished(true)}>
                    Finish: see what was set up
                  </button>
                ) : (
                  <button type="button" className="primary" onClick={next}>
                    Next step
                  </button>
                )}
              </>
            ) : null}
          </div>
        </section>
      </div>
    </section>
  );
}
