import { useEffect, useRef } from 'react';
import { useSession } from '../../app/session-store';
import { stepMark, testMarks } from './step-status';
import { WIZARD_STEPS } from './wizard-steps';
import { useWizard } from './wizard-store';

/**
 * The wizard's last screen: each step, done or not, and the one thing a rehearsal cannot prove: whether the login
 * worked against the real org or only against the offline emulator.
 */
export function CompletionScreen({ onBack }: { onBack(): void }) {
  const session = useSession();
  const ticks = useWizard((s) => s.ticks);
  const workspace = useWizard((s) => s.workspace);
  const marks = testMarks(workspace, session.key?.certificate?.fingerprintSha256);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The workspace keeps both marks of step 6 apart: a login against Salesforce, and one against the emulator.
  const realLogin = marks.tested !== undefined;
  const rehearsedLogin = marks.rehearsed !== undefined;
  const login = realLogin
    ? `Logged in for real against ${session.endpoint}.`
    : rehearsedLogin
      ? 'Only rehearsed: the login worked against the offline emulator, not yet against your org. Test it on step 6 once the app is set up in Salesforce.'
      : 'Not tested yet: step 6 tests the login (or rehearses it offline).';
  const facts: [string, string][] = [
    ['Token endpoint and aud', `${session.endpoint} (aud ${session.aud})`],
    ['App kind', session.appKind === 'external' ? 'External Client App' : 'Connected App'],
    ['Consumer Key', session.clientId || '(not entered)'],
    ['Username', session.username || '(not entered)'],
    ['Certificate SHA-256', session.key?.certificate?.fingerprintSha256 ?? '(no certificate yet)'],
    ['Saved as profile', session.profileName ?? '(not saved: step 6 saves it)'],
  ];
  return (
    <section aria-labelledby="completion-heading" className="wizard wizard-completion">
      <h2 id="completion-heading" tabIndex={-1} ref={heading}>
        Setup wizard: what was set up
      </h2>
      <p className={realLogin ? 'notice ok' : 'notice info'} data-testid="completion-login">
        {login}
      </p>
      <dl className="facts" aria-label="Configuration">
        {facts.map(([label, value]) => (
          <div key={label} className="cause-value">
            <dt>{label}</dt>
            <dd className="mono">{value}</dd>
          </div>
        ))}
      </dl>
      <ol className="wizard-summary" aria-label="Steps">
        {WIZARD_STEPS.map((s) => {
          const mark = stepMark(s.id, ticks, session, workspace).state;
          const rehearsedOnly = s.id === 'test' && mark === 'done' && !realLogin;
          const state =
            mark === 'needs-redo'
              ? ': needs redoing with the key in use'
              : mark === 'done'
                ? rehearsedOnly
                  ? ': rehearsed offline only'
                  : ': done'
                : s.id === 'jks'
                  ? ': skipped (optional)'
                  : ': not done';
          return (
            <li key={s.id} data-step={s.id} data-mark={mark}>
              {mark === 'done' ? '✓' : mark === 'needs-redo' ? '!' : '–'} {s.title}
              {state}
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        <button type="button" onClick={onBack}>
          Back to the wizard
        </button>
      </div>
    </section>
  );
}
