import { useId } from 'react';
import type { Cause, WizardStep } from '../../../shared/salesforce/cause-code';
import { useNavigation } from '../../app/navigation-store';

const STEP_NAMES: Record<WizardStep, string> = {
  org: 'Org and environment',
  keys: 'Key and certificate',
  configure: 'Configure the app',
  preauthorize: 'Pre-authorize the user',
  credentials: 'Consumer Key and username',
  test: 'Test the login',
};

/** The ranked causes, most likely first, each with its evidence, its fix steps and a link to the wizard step. */
export function DiagnosisList({ causes, title = 'Diagnosis' }: { causes: Cause[]; title?: string }) {
  const headingId = useId();
  return (
    <section className="card exchange-diagnosis" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ol aria-label="Likely causes" className="cause-list">
        {causes.map((cause, i) => (
          <li key={cause.code} data-code={cause.code} className={i === 0 ? 'cause first' : 'cause'}>
            <p className="cause-title">
              <strong>{cause.title}</strong> <code>{cause.code}</code>
              {i === 0 ? <span className="badge">most likely</span> : null}
            </p>
            <p className="label">Why we think so</p>
            <ul>
              {cause.evidence.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
            <p className="label">Fix</p>
            <ol className="fix-steps">
              {cause.fix.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <div className="button-row">
              {cause.wizardStep ? <WizardStepLink step={cause.wizardStep} /> : null}
              {cause.helpUrl ? (
                <a href={cause.helpUrl} target="_blank" rel="noreferrer">
                  Salesforce Help
                </a>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <p className="help">Setup → Login History (per user) shows Salesforce's side of each attempt.</p>
    </section>
  );
}

/** Opens the setup wizard at the step that fixes the cause. */
function WizardStepLink({ step }: { step: WizardStep }) {
  const openWizardStep = useNavigation((s) => s.openWizardStep);
  return (
    <button type="button" data-wizard-step={step} onClick={() => openWizardStep(step)}>
      Open the wizard step: {STEP_NAMES[step]}
    </button>
  );
}
