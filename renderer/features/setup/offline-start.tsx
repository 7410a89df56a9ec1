import { useId, useState } from 'react';
import { myDomainNameProblem } from '../../../shared/salesforce/endpoints';
import { useSession } from '../../app/session-store';
import { TextField } from '../../components/text-field';
import { useExchange } from '../exchange/exchange-store';
import { useWizard } from './wizard-store';

/** The demo org of the offline rehearsal, shown and editable before it is used. */
const DEMO = { myDomain: 'acme-demo', username: 'admin@example.com' };

/**
 * "No org yet?": the whole wizard can be walked offline. Step 1 takes demo values, the key is made for real on
 * step 2, and step 6 logs in against the local emulator playing this org (nothing leaves the computer). The
 * Consumer Key is the one the rehearsal org makes up.
 */
export function OfflineStart() {
  const id = useId();
  const [myDomain, setMyDomain] = useState(DEMO.myDomain);
  const [username, setUsername] = useState(DEMO.username);
  const { setOrg, tick, next } = useWizard();
  const session = useSession();
  const planOffline = useExchange((s) => s.planOffline);
  const problem = myDomainNameProblem(myDomain);
  const start = () => {
    if (problem) return;
    setOrg('appKind', 'external');
    setOrg('orgKind', 'production');
    setOrg('myDomain', myDomain);
    session.setAppKind('external');
    session.setEnvironment({ kind: 'my-domain', myDomain });
    session.setUsername(username);
    planOffline(true);
    tick('org', true);
    next();
  };
  return (
    <section className="card wizard-offline" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>No org yet? Rehearse the whole setup offline</h4>
      <p className="help">
        A local emulator plays a Salesforce org with these values: you make the real key, follow the real checklist, and log in on
        step 6 without touching Salesforce. The completion screen says what was only rehearsed.
      </p>
      <div className="form-grid">
        <TextField
          label="Demo org (its My Domain)"
          value={myDomain}
          onChange={setMyDomain}
          error={problem}
          spellCheck={false}
          autoComplete="off"
        />
        <TextField label="Demo user (sub)" value={username} onChange={setUsername} spellCheck={false} autoComplete="username" />
      </div>
      <div className="button-row">
        <button
          type="button"
          onClick={start}
          disabled={problem !== undefined}
          aria-describedby={problem ? `${id}-why` : undefined}
        >
          Rehearse offline with these values
        </button>
        {problem ? (
          <span id={`${id}-why`} className="disabled-reason">
            {problem}
          </span>
        ) : null}
      </div>
    </section>
  );
}
