import type { TestMark, WorkspaceView } from '../../../shared/workspace/workspace-view';
import type { SessionState } from '../../app/session-store';
import { configureChecklist, preauthorizeChecklist } from './app-checklists';
import { consumerKeyWarning } from './credentials-check';
import type { WizardStepId } from './wizard-steps';

/**
 * A step's mark in the step list. `needs-redo`: it was done with another certificate than the key in use's
 * (a rotation since), so Salesforce no longer holds what the key signs for.
 */
export type StepMark =
  | { state: 'todo' }
  | { state: 'done' }
  | { state: 'needs-redo'; confirmedFingerprint: string; currentFingerprint: string | undefined };

/** Step 6's two marks: the latest successful rehearsal and real test with the key in use, and a stale one. */
export interface TestMarks {
  rehearsed?: TestMark;
  tested?: TestMark;
  /** The latest success signed by another certificate, when none is with the key in use. */
  stale?: TestMark;
}

export function testMarks(workspace: WorkspaceView | undefined, fingerprint: string | undefined): TestMarks {
  const successes = (workspace?.tests ?? []).filter((t) => t.ok);
  const current = successes.filter((t) => fingerprint !== undefined && t.fingerprintSha256 === fingerprint);
  const rehearsed = current.find((t) => t.target === 'emulator');
  const tested = current.find((t) => t.target === 'salesforce');
  const stale = rehearsed || tested ? undefined : successes[0];
  return { ...(rehearsed ? { rehearsed } : {}), ...(tested ? { tested } : {}), ...(stale ? { stale } : {}) };
}

const redo = (confirmed: string | undefined, current: string | undefined): StepMark =>
  confirmed !== undefined && confirmed !== current
    ? { state: 'needs-redo', confirmedFingerprint: confirmed, currentFingerprint: current }
    : { state: 'done' };

/** Whether a step is complete, for its mark in the step list. */
export function stepMark(
  step: WizardStepId,
  ticks: Record<string, boolean>,
  session: SessionState,
  workspace: WorkspaceView | undefined,
): StepMark {
  const all = (ids: { id: string }[]) => ids.every((i) => ticks[i.id] === true);
  const done = (yes: boolean): StepMark => (yes ? { state: 'done' } : { state: 'todo' });
  const fingerprint = session.key?.certificate?.fingerprintSha256;
  switch (step) {
    case 'org':
      return done(ticks.org === true);
    case 'keys':
      return done(session.key?.certificate !== undefined);
    case 'configure':
      return all(configureChecklist(session.appKind))
        ? redo(workspace?.confirmed.configure?.fingerprintSha256, fingerprint)
        : { state: 'todo' };
    case 'preauthorize':
      return done(all(preauthorizeChecklist(session.appKind)));
    case 'credentials':
      return done(session.clientId !== '' && session.username !== '' && consumerKeyWarning(session.clientId) === undefined);
    case 'test': {
      const marks = testMarks(workspace, fingerprint);
      if (marks.rehearsed || marks.tested) return { state: 'done' };
      return marks.stale ? redo(marks.stale.fingerprintSha256, fingerprint) : { state: 'todo' };
    }
    case 'jks':
      return ticks.jks === true ? redo(workspace?.confirmed.jks?.fingerprintSha256, fingerprint) : { state: 'todo' };
  }
}
