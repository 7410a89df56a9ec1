import { type Infer, s } from '../api/schema';

export const WIZARD_STEP_IDS = ['org', 'keys', 'configure', 'preauthorize', 'credentials', 'test', 'jks'] as const;

/**
 * The setup wizard's answers and progress as the workspace keeps them: the step on screen, the checklist items
 * and steps ticked done (by id), step 1's org answers, step 5's Consumer Key and username. Public values only.
 */
export const wizardAnswersSchema = s.object({
  step: s.literal(...WIZARD_STEP_IDS),
  done: s.array(s.string({ min: 1, max: 40, pattern: /^[a-z0-9-]+$/ }), { max: 100 }),
  org: s.object({
    orgKind: s.literal('production', 'sandbox', 'site'),
    appKind: s.literal('external', 'connected'),
    myDomain: s.string({ max: 100 }),
    sandboxName: s.string({ max: 40 }),
    siteUrl: s.string({ max: 2048 }),
  }),
  clientId: s.string({ max: 500 }),
  username: s.string({ max: 500 }),
  /** When the admin saved the app in Salesforce (ms since 1970): the propagation timer's start. */
  appSavedAt: s.optional(s.number({ integer: true, min: 0 })),
});

export type WizardAnswers = Infer<typeof wizardAnswersSchema>;

export const emptyWizardAnswers: WizardAnswers = {
  step: 'org',
  done: [],
  org: { orgKind: 'production', appKind: 'external', myDomain: '', sandboxName: '', siteUrl: '' },
  clientId: '',
  username: '',
};
