import type { CliCommand } from './cli-command';
import { orgCheckUsage } from './org-check-usage';

/** `org-check`: what the admin's org shows about a username and an app, read-only. */
export const orgCheckCommands: CliCommand[] = [
  {
    name: 'org-check',
    summary: "read the user, the app's policy and grants, and Login History with an admin session (read-only)",
    usage: orgCheckUsage,
    run: async (args, io) => (await import('./org-check-command')).runOrgCheckCommand(args, io),
  },
];
