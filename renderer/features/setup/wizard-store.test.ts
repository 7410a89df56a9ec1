import { beforeEach, describe, expect, it } from 'vitest';
import { emptyWizardAnswers } from '../../../shared/workspace/wizard-answers';
import { answersOf, initialWizardState, useWizard } from './wizard-store';

const config = {
  clientId: `3MVG9${'k'.repeat(80)}`,
  username: 'integration@acme.com.uat',
  endpoint: 'https://acme--uat.sandbox.my.salesforce.com',
  aud: 'https://acme--uat.sandbox.my.salesforce.com',
};

describe('wizard store', () => {
  beforeEach(() => useWizard.setState(initialWizardState));

  it('an opened profile fills steps 1 and 5, and step 1 is done when its answers select that org', () => {
    useWizard.getState().adopt({
      ...config,
      appKind: 'external',
      environment: { kind: 'my-domain', myDomain: 'acme', sandboxName: 'uat' },
    });
    const state = useWizard.getState();
    expect(state.org).toMatchObject({ appKind: 'external', orgKind: 'sandbox', myDomain: 'acme', sandboxName: 'uat' });
    expect(state).toMatchObject({ clientId: config.clientId, username: config.username });
    expect(state.ticks.org).toBe(true);
  });

  it('a profile step 1 cannot express leaves step 1 to be answered again', () => {
    useWizard.getState().tick('org', true);
    useWizard.getState().adopt({ ...config, appKind: 'connected', environment: { kind: 'my-domain', myDomain: 'acme' } });
    expect(useWizard.getState().ticks.org).toBe(false);
  });

  it('a changed answer is not in use until confirmed: step 1 is no longer done', () => {
    useWizard.getState().tick('org', true);
    useWizard.getState().setOrg('myDomain', 'other');
    expect(useWizard.getState().ticks.org).toBe(false);
  });

  it('takes the workspace’s answers back as they were sent, ticks as the list of ids done', () => {
    const wizard = { ...emptyWizardAnswers, step: 'test' as const, done: ['org', 'eca-jwt'], clientId: 'k', appSavedAt: 5 };
    useWizard.getState().hydrate({
      wizard,
      confirmed: {},
      tests: [],
      protection: { scheme: 'key-file', description: '' },
      notices: ['said once'],
    });
    const state = useWizard.getState();
    expect(state).toMatchObject({ step: 'test', ticks: { org: true, 'eca-jwt': true }, hydrated: true, notices: ['said once'] });
    useWizard.getState().tick('eca-jwt', false);
    expect(answersOf(useWizard.getState())).toEqual({ ...wizard, done: ['org'] });
  });
});
