import { describe, expect, it } from 'vitest';
import type { KeySummary } from '../../../shared/keys/key-summary';
import { emptyWizardAnswers } from '../../../shared/workspace/wizard-answers';
import type { TestMark, WorkspaceView } from '../../../shared/workspace/workspace-view';
import { initialSessionState } from '../../app/session-store';
import { configureChecklist } from './app-checklists';
import { stepMark, testMarks } from './step-status';

const keyWith = (fingerprintSha256: string) => ({ certificate: { fingerprintSha256 } }) as KeySummary;
const session = (fingerprint: string) => ({ ...initialSessionState, key: keyWith(fingerprint) });
const at = '2026-01-01T00:00:00.000Z';
const view = (extra: Partial<WorkspaceView>): WorkspaceView => ({
  wizard: emptyWizardAnswers,
  confirmed: {},
  tests: [],
  protection: { scheme: 'key-file', description: '' },
  notices: [],
  ...extra,
});
const allConfigure = Object.fromEntries(configureChecklist('external').map((i) => [i.id, true]));
const test = (target: TestMark['target'], ok: boolean, fingerprintSha256: string): TestMark => ({
  target,
  host: 'https://acme.my.salesforce.com',
  ok,
  at,
  fingerprintSha256,
});

describe('step marks', () => {
  it('step 3 is done with the confirmed certificate, needs redo with another, and is to do until ticked', () => {
    const confirmed = view({ confirmed: { configure: { fingerprintSha256: 'AA', at } } });
    expect(stepMark('configure', allConfigure, session('AA'), confirmed)).toEqual({ state: 'done' });
    expect(stepMark('configure', allConfigure, session('BB'), confirmed)).toEqual({
      state: 'needs-redo',
      confirmedFingerprint: 'AA',
      currentFingerprint: 'BB',
    });
    expect(stepMark('configure', {}, session('BB'), confirmed)).toEqual({ state: 'todo' });
  });

  it('step 7 needs redo when the keystore imported was another certificate', () => {
    const confirmed = view({ confirmed: { jks: { fingerprintSha256: 'AA', at } } });
    expect(stepMark('jks', { jks: true }, session('BB'), confirmed).state).toBe('needs-redo');
    expect(stepMark('jks', { jks: true }, session('AA'), confirmed).state).toBe('done');
  });

  it('step 6 keeps rehearsed and tested apart, and a success with an old certificate needs redo', () => {
    const rehearsedOnly = view({ tests: [test('emulator', true, 'AA')] });
    expect(testMarks(rehearsedOnly, 'AA')).toEqual({ rehearsed: rehearsedOnly.tests[0] });
    expect(stepMark('test', {}, session('AA'), rehearsedOnly)).toEqual({ state: 'done' });
    const both = view({ tests: [test('salesforce', true, 'AA'), test('emulator', true, 'AA')] });
    expect(testMarks(both, 'AA').tested?.target).toBe('salesforce');
    const rotated = view({ tests: [test('emulator', false, 'BB'), test('emulator', true, 'AA')] });
    expect(stepMark('test', {}, session('BB'), rotated)).toEqual({
      state: 'needs-redo',
      confirmedFingerprint: 'AA',
      currentFingerprint: 'BB',
    });
    expect(stepMark('test', {}, session('AA'), rotated)).toEqual({ state: 'done' });
    expect(stepMark('test', {}, session('AA'), view({ tests: [test('emulator', false, 'AA')] }))).toEqual({ state: 'todo' });
  });
});
