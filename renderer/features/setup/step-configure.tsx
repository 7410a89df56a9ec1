import { useSession } from '../../app/session-store';
import { configureChecklist } from './app-checklists';
import { Checklist } from './checklist';
import { EcaMetadataForm } from './eca-metadata-form';
import { PropagationTimer } from './propagation-timer';
import { stepMark } from './step-status';
import { useWizard } from './wizard-store';

/** Step 3: the app's OAuth settings, with the certificate download where it is uploaded. */
export function StepConfigure() {
  const session = useSession();
  const appKind = session.appKind;
  const { ticks, workspace } = useWizard();
  return (
    <div className="wizard-step-body">
      <p>
        {appKind === 'external'
          ? 'Create an External Client App with OAuth and the JWT Bearer flow enabled.'
          : 'Enable OAuth and digital signatures on your existing Connected App.'}
      </p>
      <Checklist
        items={configureChecklist(appKind)}
        label="Configure the app"
        mark={stepMark('configure', ticks, session, workspace)}
      />
      {appKind === 'external' ? <EcaMetadataForm /> : null}
      <PropagationTimer />
    </div>
  );
}
