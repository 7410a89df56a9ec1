import { type CodeOf, errorTable } from '../errors/error-table';
import type { ErrorShape } from '../errors/studio-error';

/**
 * What can stop or weaken the org check, each with its fix. They are findings of the check (shown beside the
 * response-only diagnosis, which stays valid), or errors when no connection could be made at all.
 */
export const orgCheckErrors = errorTable({
  'org-check-cannot-read-setup': {
    message: 'This session cannot read Setup: use an admin with View Setup and Configuration.',
    hint: 'Connect as a user whose profile or permission set has "View Setup and Configuration" (System Administrator has it), then run the check again.',
  },
  'org-check-session-invalid': {
    message: 'The admin session is expired or revoked (INVALID_SESSION_ID).',
    hint: 'Log in again: `sf org login web --alias ALIAS` for an sf CLI org, or paste a fresh access token.',
  },
  'org-check-app-not-found': {
    message: 'No Connected App of this org has that name.',
    hint: 'Pick the app from the list (Setup → App Manager shows the names); External Client Apps are not listed as Connected Apps.',
  },
  'org-check-username-spaces': {
    message: 'The username has spaces around it: Salesforce compares it exactly and finds no such user.',
    hint: 'Remove the spaces from the username (the sub claim); the org check looked up the trimmed username.',
  },
  'org-check-username-case': {
    message: "The username differs from the org's only in letter case.",
    hint: "Not the cause: Salesforce compares usernames without regard to case. Use the org's spelling anyway, as Setup → Users shows it.",
  },
  'org-check-not-json': {
    message: 'The org answered with a page that is not the REST API (HTML or text, not JSON).',
    hint: 'Use the instance URL the session belongs to (https://YOURDOMAIN.my.salesforce.com), without a path.',
  },
  'org-check-unreachable': {
    message: 'The org could not be reached.',
    hint: "Check the instance URL and this computer's network (behind a corporate proxy, set HTTPS_PROXY).",
  },
  'org-check-query-refused': {
    message: 'The org refused a query of the check.',
    hint: 'Connect as an admin with View Setup and Configuration; the check only reads records.',
  },
  'org-check-sf-missing': {
    message: "The sf CLI is not on this computer's PATH, so its orgs cannot be used.",
    hint: 'Install the Salesforce CLI (https://developer.salesforce.com/tools/salesforcecli), or paste an instance URL and access token instead.',
  },
  'org-check-sf-failed': {
    message: 'The sf CLI could not give a session for that org.',
    hint: 'Run `sf org display --target-org ALIAS` to see why; `sf org login web --alias ALIAS` logs in again.',
  },
  'org-check-rehearsal-admin-failed': {
    message: "The rehearsal's System Administrator could not log in.",
    hint: 'Choose "Working setup" in Break it (the hourly login limit breakage stops every login), then connect again.',
  },
  'org-check-not-connected': {
    message: 'No admin connection: connect to the org first.',
    hint: "Use an org the sf CLI knows, paste an instance URL and access token, or (rehearsing) the emulator's System Administrator.",
  },
  'org-check-bad-instance-url': {
    message: 'The instance URL is not an https URL of a Salesforce org.',
    hint: 'Use https://YOURDOMAIN.my.salesforce.com (Setup → My Domain shows it); only the emulator may use http://127.0.0.1.',
  },
  'org-check-token-missing': {
    message: 'The access token is empty.',
    hint: 'Give the token in a file (--admin-token-file FILE, or - for stdin), never on the command line.',
  },
});

export type OrgCheckErrorCode = CodeOf<typeof orgCheckErrors>;

/** A finding of the check: the table's wording, with a more specific message when the call site has one. */
export function orgCheckFinding(code: OrgCheckErrorCode, message?: string): ErrorShape {
  return orgCheckErrors.raise(code, message).toShape();
}
