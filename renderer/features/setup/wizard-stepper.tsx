import { useSession } from '../../app/session-store';
import { stepDone } from './step-status';
import { WIZARD_STEPS } from './wizard-steps';
import { useWizard } from './wizard-store';

/** The seven steps as a list of buttons: any step can be opened, the current one is marked, done ones ticked. */
export function WizardStepper() {
  const { step, ticks, goTo } = useWizard();
  const session = useSession();
  return (
    <nav aria-label="Wizard steps" className="wizard-stepper">
      <ol>
        {WIZARD_STEPS.map((s, i) => {
          const done = stepDone(s.id, ticks, session);
          return (
            <li key={s.id} className={done ? 'done' : undefined}>
              <button type="button" aria-current={s.id === step ? 'step' : undefined} onClick={() => goTo(s.id)}>
                <span className="wizard-step-number" aria-hidden="true">
                  {done ? '✓' : i + 1}
                </span>{' '}
                {s.title}
                {done ? <span className="visually-hidden"> (done)</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
