import type { WizardStep } from '../../../shared/salesforce/cause-code';

/** The wizard's steps: the six a diagnosis can link back to (cause-code.ts), then the optional JKS step. */
export type WizardStepId = WizardStep | 'jks';

export interface WizardStepInfo {
  id: WizardStepId;
  title: string;
}

export const WIZARD_STEPS: readonly WizardStepInfo[] = [
  { id: 'org', title: 'Org and app' },
  { id: 'keys', title: 'Keys & certificate' },
  { id: 'configure', title: 'Configure the app in Salesforce' },
  { id: 'preauthorize', title: 'Pre-authorize the user' },
  { id: 'credentials', title: 'Consumer Key and username' },
  { id: 'test', title: 'Test the login' },
  { id: 'jks', title: 'Optional: certificate for Apex (JKS)' },
];

export function isWizardStep(value: unknown): value is WizardStepId {
  return WIZARD_STEPS.some((s) => s.id === value);
}

export function stepNumber(id: WizardStepId): number {
  return WIZARD_STEPS.findIndex((s) => s.id === id) + 1;
}
