import { isWizardStep } from './wizard-steps';
import { useWizard } from './wizard-store';

/**
 * A diagnosis names the wizard step that fixes its cause with a `data-wizard-step` attribute on its link
 * button (renderer/features/exchange/diagnosis-list.tsx). Listening at the document (capture phase, before
 * the button's own navigation to the wizard) opens that step wherever the button is: on the Token exchange
 * page or inside the wizard's own test step.
 */
export function followWizardStepLinks(doc: Document = document): void {
  doc.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('[data-wizard-step]') : null;
      const step = target?.getAttribute('data-wizard-step');
      if (isWizardStep(step)) useWizard.getState().goTo(step);
    },
    true,
  );
}
