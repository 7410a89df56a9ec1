import type { OrgCheckReport } from '../../shared/org-check/org-check-report';

/** The `org-check --json` shape (a public interface): the evidence alone, with the check's findings. */
export function orgCheckJson(report: OrgCheckReport) {
  return {
    instanceUrl: report.instanceUrl,
    username: report.username,
    app: report.app ?? null,
    apps: report.apps,
    evidence: report.evidence,
    findings: report.findings,
  };
}

/** "Seen in your org": one line per record, then what stopped or weakened the check. */
export function orgCheckText(report: OrgCheckReport): string {
  const lines = [`Seen in your org (${report.instanceUrl}), for ${report.username}${report.app ? ` and ${report.app}` : ''}:`];
  for (const e of report.evidence) lines.push(`  [${e.source}] ${e.meaning}`);
  if (report.evidence.length === 0) lines.push('  (no record could be read)');
  for (const f of report.findings) lines.push(`  ! [${f.code}] ${f.message}${f.hint ? `\n    hint: ${f.hint}` : ''}`);
  if (!report.app && report.apps.length > 0)
    lines.push(`  Apps of this org (pick one with --app NAME): ${report.apps.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
