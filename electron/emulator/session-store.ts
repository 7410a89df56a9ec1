import { randomBytes } from 'node:crypto';
import type { OrgUser } from './emulated-org';

export interface Session {
  user: OrgUser;
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._';

/**
 * Access tokens the emulator issued. They are opaque and shaped like Salesforce session ids: the 15-character
 * org id, `!`, then `AR` and a random tail. Held in memory only, never written anywhere.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly orgId: string) {}

  issue(session: Session): string {
    const tail = [...randomBytes(94)].map((b) => TOKEN_ALPHABET[b % TOKEN_ALPHABET.length]).join('');
    const token = `${this.orgId.slice(0, 15)}!AR${tail}`;
    this.sessions.set(token, session);
    return token;
  }

  /** Ends a session (`/services/oauth2/revoke`); false when the token was never issued or is already revoked. */
  revoke(token: string): boolean {
    return this.sessions.delete(token);
  }

  /**
   * The session behind an `Authorization` header. Salesforce's REST API takes `Bearer TOKEN` and the older
   * `OAuth TOKEN`.
   */
  fromAuthorization(header: string | undefined): Session | undefined {
    const match = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(header ?? '');
    return match ? this.sessions.get(match[1]!) : undefined;
  }
}
