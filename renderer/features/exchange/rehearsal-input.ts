import type { InputOf } from '../../../shared/api/contract';
import { rehearsalOrgFor } from '../../../shared/salesforce/rehearsal-org';
import type { SessionState } from '../../app/session-store';

/** The rehearsal org for the session's configuration: its key, Consumer Key, username and environment. */
export function rehearsalInput(session: SessionState): InputOf<'exchange.rehearsal.start'> {
  return {
    appKind: session.appKind,
    clientId: session.clientId,
    username: session.username,
    ...rehearsalOrgFor(session.environment, session.username),
  };
}
