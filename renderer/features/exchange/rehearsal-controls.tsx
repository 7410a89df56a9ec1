import { useId, useState } from 'react';
import { BREAKAGES, type Breakage } from '../../../shared/salesforce/rehearsal-breakage';
import { useSession } from '../../app/session-store';
import { useExchange } from './exchange-store';
import { rehearsalInput } from './rehearsal-input';

/**
 * "Rehearse offline": the emulator plays an org built from the key in use, the Consumer Key and the username
 * (generated / admin@example.com when empty) and the environment (production or sandbox, its My Domain) — a
 * working setup; "Break it" applies one misconfiguration.
 */
export function RehearsalControls() {
  const session = useSession();
  const { rehearsal, rehearsalBusy, startRehearsal, stopRehearsal, breakIt } = useExchange();
  const [choice, setChoice] = useState<Breakage>('user-not-assigned');
  const switchId = useId();
  const breakId = useId();
  const on = rehearsal !== undefined;

  const toggle = () => (on ? void stopRehearsal() : void startRehearsal(rehearsalInput(session)));

  return (
    <div className="card exchange-rehearsal">
      <div className="rehearsal-switch">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          aria-checked={on}
          checked={on}
          disabled={rehearsalBusy}
          onChange={toggle}
        />
        <label htmlFor={switchId}>Rehearse offline</label>
        <span className="help">
          A local emulator answers like Salesforce, for an org built from your Consumer Key and username, holding the certificate
          you confirmed uploading in step 3 (your key's until then). Nothing leaves this computer.
        </span>
      </div>
      {rehearsal ? (
        <>
          <dl className="facts">
            <dt>Plays</dt>
            <dd className="mono">{rehearsal.playedHost}</dd>
            <dt>App</dt>
            <dd>{rehearsal.appKind === 'external' ? 'External Client App' : 'Connected App'}</dd>
            <dt>Consumer Key</dt>
            <dd className="mono exchange-wrap">{rehearsal.clientId}</dd>
            <dt>Username</dt>
            <dd className="mono">{rehearsal.username}</dd>
            <dt>Setup</dt>
            <dd data-testid="rehearsal-breakage">
              {rehearsal.breakage === 'none'
                ? 'Working'
                : `Broken: ${BREAKAGES.find((b) => b.id === rehearsal.breakage)?.label ?? rehearsal.breakage}`}
            </dd>
          </dl>
          <div className="button-row">
            <label htmlFor={breakId}>Break it</label>
            <select id={breakId} value={choice} onChange={(e) => setChoice(e.target.value as Breakage)}>
              {BREAKAGES.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label}
                </option>
              ))}
            </select>
            <button type="button" disabled={rehearsalBusy} onClick={() => void breakIt(choice)}>
              Apply
            </button>
            <button type="button" disabled={rehearsalBusy || rehearsal.breakage === 'none'} onClick={() => void breakIt('none')}>
              Restore working setup
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
