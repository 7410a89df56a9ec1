import { orgCheckErrors } from '../../shared/org-check/org-check-errors';
import { runOrgCheck } from '../org-check/org-check';
import { adminConnectionFrom, adminConnectionOptions } from './admin-connection-options';
import { parseCommandArgs, requireOption } from './cli-args';
import type { CliIO } from './cli-command';
import { orgCheckJson, orgCheckText } from './org-check-output';
import { orgCheckUsage } from './org-check-usage';

/** Findings that mean the org could not be read: the command then exits 1. */
const UNREAD = new Set([
  'org-check-session-invalid',
  'org-check-not-json',
  'org-check-unreachable',
  'org-check-cannot-read-setup',
]);

export async function runOrgCheckCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    { username: { type: 'string' }, json: { type: 'boolean' }, ...adminConnectionOptions },
    orgCheckUsage,
  );
  const username = requireOption(values.username, '--username', orgCheckUsage);
  const connection = await adminConnectionFrom(values, io, orgCheckUsage);
  if (!connection)
    throw orgCheckErrors.raise(
      'org-check-not-connected',
      'Give --admin-org ALIAS, or --admin-instance-url URL with --admin-token-file FILE.',
    );
  const report = await runOrgCheck(connection, { username, ...(values.app ? { app: values.app } : {}) });
  io.stdout.write(values.json ? `${JSON.stringify(orgCheckJson(report), null, 2)}\n` : orgCheckText(report));
  return report.findings.some((f) => UNREAD.has(f.code)) ? 1 : 0;
}
