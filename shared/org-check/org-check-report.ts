import type { ErrorShape } from '../errors/studio-error';
import type { OrgEvidence } from './org-evidence';
import type { OrgFacts } from './org-facts';

/** Where the admin session came from: an org the sf CLI knows, a pasted token, or the rehearsal's admin. */
export type AdminConnectionSource = 'sf-cli' | 'pasted' | 'emulator';

/** The admin connection as it may be shown: never the token, only its masked form. */
export interface AdminConnectionInfo {
  source: AdminConnectionSource;
  instanceUrl: string;
  /** The sf alias, the admin's username, or "pasted token". */
  label: string;
  maskedToken: string;
  /** A pasted token the admin asked to keep: sealed in the workspace, back at the next start. */
  kept?: boolean;
}

/** One org check: what the admin's org shows about one username (and app), read-only. */
export interface OrgCheckReport {
  instanceUrl: string;
  username: string;
  /** The app the check read: the one asked for, else the one Login History names. */
  app?: string;
  /** Names of the org's Connected Apps, for the admin to pick from. */
  apps: string[];
  evidence: OrgEvidence[];
  /** What stopped or weakened the check (a session that cannot read Setup, an unknown app name…). */
  findings: ErrorShape[];
  facts: OrgFacts;
}
