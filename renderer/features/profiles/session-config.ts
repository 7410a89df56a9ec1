import type { ProfileConfig } from '../../../shared/profiles/profile-config';
import type { OpenedProfile } from '../../../shared/profiles/profile-summary';
import type { SessionState } from '../../app/session-store';

/** The part of the session a profile saves. */
export function configFromSession(session: SessionState): ProfileConfig {
  const { appKind, environment, clientId, username, endpoint, aud } = session;
  return { appKind, environment, clientId, username, endpoint, aud };
}

/** What opening a profile puts into the session: its configuration, its name and its key (if it has one). */
export function sessionFromProfile(opened: OpenedProfile): Partial<SessionState> {
  return { ...opened.config, key: opened.key, profileName: opened.name, assertion: undefined };
}
