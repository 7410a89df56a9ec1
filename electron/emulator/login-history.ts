import type { LoginHistoryEntry } from './emulator-config';

/**
 * Setup → Login History, the server's side of each attempt (docs/salesforce-jwt.md: "Failed: Not approved for
 * access", "Failed: Audience Invalid", "Failed: Signature Invalid"). Like Salesforce's, it lists only the org's
 * own users: an attempt naming no known user leaves no row. Newest first, as the Setup page sorts it.
 */
export class LoginHistory {
  private readonly entries: LoginHistoryEntry[] = [];

  record(entry: LoginHistoryEntry): void {
    this.entries.unshift(entry);
  }

  list(): LoginHistoryEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }
}
