import { useState } from 'react';
import { useSession } from '../../app/session-store';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { consumerKeyWarning, trimPasted, usernameWarning } from './credentials-check';
import { useWizard } from './wizard-store';

/** Step 5: the Consumer Key (the `iss`) and the username (the `sub`), checked as they are pasted. */
export function StepCredentials() {
  const session = useSession();
  const setCredentials = useWizard((s) => s.setCredentials);
  const [trimmed, setTrimmed] = useState<{ clientId?: string; username?: string }>({});

  const paste = (field: 'clientId' | 'username', raw: string) => {
    const { value, removed } = trimPasted(raw);
    setTrimmed((t) => ({ ...t, [field]: removed }));
    if (field === 'clientId') session.setClientId(value);
    else session.setUsername(value);
    setCredentials({ [field]: value });
  };

  return (
    <div className="wizard-step-body">
      <div className="form-grid wide">
        <TextField
          label="Consumer Key"
          value={session.clientId}
          onChange={(v) => paste('clientId', v)}
          help={
            session.appKind === 'external'
              ? 'External Client App Manager → your app → Settings → OAuth Settings → Consumer Key and Secret.'
              : 'App Manager → your app ▾ → View → Manage Consumer Details.'
          }
          warning={consumerKeyWarning(session.clientId)}
          spellCheck={false}
          autoComplete="off"
        />
        <TextField
          label="Username"
          value={session.username}
          onChange={(v) => paste('username', v)}
          help="The Salesforce user the integration acts as (pre-authorized in step 4)."
          warning={usernameWarning(session.username, session.environment)}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      {trimmed.clientId ? <Notice tone="info">Removed {trimmed.clientId} around the Consumer Key.</Notice> : null}
      {trimmed.username ? <Notice tone="info">Removed {trimmed.username} around the username.</Notice> : null}
    </div>
  );
}
