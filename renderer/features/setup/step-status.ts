import type { SessionState } from '../../app/session-store';
import { configureChecklist, preauthorizeChecklist } from './app-checklists';
import { consumerKeyWarning } from './credentials-check';
import type { WizardStepId } from './wizard-steps';

/** Whether a step is complete, for its tick in the step list. */
export function stepDone(step: WizardStepId, ticks: Record<string, boolean>, session: SessionState): boolean {
  const all = (ids: { id: string }[]) => ids.every((i) => ticks[i.id] === true);
  switch (step) {
    case 'org':
      return ticks.org === true;
    case 'keys':
      return session.key?.certificate !== undefined;
    case 'configure':
      return all(configureChecklist(session.appKind));
    case 'preauthorize':
      return all(preauthorizeChecklist(session.appKind));
    case 'credentials':
      return session.clientId !== '' && session.username !== '' && consumerKeyWarning(session.clientId) === undefined;
    case 'test':
    case 'jks':
      return ticks[step] === true;
  }
}
