import { useEffect, useRef } from 'react';
import { useSession } from '../../app/session-store';
import { useExchange } from '../exchange/exchange-store';
import { stepDone } from './step-status';
import { WIZARD_STEPS } from './wizard-steps';
import { useWizard } from './wizard-store';

/**
 * The wizard's last screen: each step, done or not, and the one thing a rehearsal cannot prove: whether the login
 * worked against the real org or only against the offline emulator.
 */
export function CompletionScreen({ onBack }: { onBack(): void }) {
  const session = useSession();
  const ticks = useWizard((s) => s.ticks);
  const history = useExchange((s) => s.history);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const realLogin = history.some((h) => h.ok && !h.rehearsal);
  const rehearsedLogin = history.some((h) => h.ok && h.rehearsal);
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
          const done = stepDone(s.id, ticks, session);
          const rehearsedOnly = s.id === 'test' && done && !realLogin;
          return (
            <li key={s.id} data-step={s.id} data-done={done}>
              {done ? '✓' : '–'} {s.title}
              {done
                ? rehearsedOnly
                  ? ': rehearsed offline only'
                  : ': done'
                : s.id === 'jks'
                  ? ': skipped (optional)'
                  : ': not done'}
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
