import { consumerKeyProblem } from '../../../shared/salesforce/consumer-key';
import { sandboxSuffix } from '../../../shared/salesforce/username';
import { useSession } from '../../app/session-store';
import { TextField } from '../../components/text-field';

/** Why the username may not belong to the chosen environment: sandbox users carry a `.sandboxname` suffix. */
function usernameWarning(username: string, environmentKind: string): string | undefined {
  const suffix = sandboxSuffix(username);
  if (suffix && environmentKind === 'production') {
    return `This looks like a sandbox username (.${suffix}): a sandbox user logs in through test.salesforce.com or the sandbox’s My Domain.`;
  }
  return undefined;
}

/**
 * The session's Consumer Key (iss), with the warning that catches a copied Consumer Secret, a cut-off key or
 * stray spaces. Shared by the builder and the Token exchange page, so a value typed once is everywhere.
 */
export function ConsumerKeyField({ label = 'Consumer Key (iss)' }: { label?: string }) {
  const clientId = useSession((s) => s.clientId);
  const setClientId = useSession((s) => s.setClientId);
  return (
    <TextField
      label={label}
      value={clientId}
      onChange={setClientId}
      spellCheck={false}
      autoComplete="off"
      warning={clientId === '' ? undefined : consumerKeyProblem(clientId)}
    />
  );
}

/** The session's username (sub), warned when it carries a sandbox suffix but the environment is production. */
export function UsernameField() {
  const username = useSession((s) => s.username);
  const setUsername = useSession((s) => s.setUsername);
  const environmentKind = useSession((s) => s.environment.kind);
  return (
    <TextField
      label="Username (sub)"
      value={username}
      onChange={setUsername}
      spellCheck={false}
      autoComplete="off"
      placeholder="integration@acme.com"
      warning={usernameWarning(username, environmentKind)}
    />
  );
}
