import { useSession } from '../../app/session-store';
import { stepMark } from './step-status';
import { WIZARD_STEPS } from './wizard-steps';
import { useWizard } from './wizard-store';

const SYMBOL = { done: '✓', 'needs-redo': '!' } as const;

/**
 * The seven steps as a list of buttons: any step can be opened, the current one is marked, done ones ticked,
 * and those a key rotation invalidated marked "needs redo".
 */
export function WizardStepper() {
  const { step, ticks, goTo, workspace } = useWizard();
  const session = useSession();
  return (
    <nav aria-label="Wizard steps" className="wizard-stepper">
      <ol>
        {WIZARD_STEPS.map((s, i) => {
          const mark = stepMark(s.id, ticks, session, workspace).state;
          return (
            <li key={s.id} className={mark === 'todo' ? undefined : mark}>
              <button type="button" aria-current={s.id === step ? 'step' : undefined} onClick={() => goTo(s.id)}>
                <span className="wizard-step-number" aria-hidden="true">
                  {mark === 'todo' ? i + 1 : SYMBOL[mark]}
                </span>{' '}
                {s.title}
                {mark === 'done' ? <span className="visually-hidden"> (done)</span> : null}
                {mark === 'needs-redo' ? <span className="wizard-redo-label"> (needs redo)</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
