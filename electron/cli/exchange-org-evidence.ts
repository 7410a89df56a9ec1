import type { ErrorShape } from '../../shared/errors/studio-error';
import type { OrgEvidence } from '../../shared/org-check/org-evidence';
import { diagnoseTokenError } from '../../shared/salesforce/diagnose';
import type { ExchangeReport } from '../../shared/salesforce/exchange-report';
import { tellApart } from '../../shared/salesforce/tell-apart';
import type { TestLoginResult } from '../exchange/test-login';
import { runOrgCheck } from '../org-check/org-check';
import { adminConnectionFrom } from './admin-connection-options';
import type { CliIO } from './cli-command';
import { exchangeUsage } from './exchange-usage';
import { orgCheckText } from './org-check-output';

export interface CheckedExchange {
  /** The report, its diagnosis computed with the org's evidence when an admin session was given. */
  report: ExchangeReport;
  /** Added to `--json` when an admin session was given: `evidence` and the check's `findings`. */
  json: { evidence?: OrgEvidence[]; findings?: ErrorShape[] };
  /** Added to the readable summary: the evidence, or the question that tells the first two causes apart. */
  text: string;
}

/**
 * `exchange … --admin-org ALIAS | --admin-instance-url URL --admin-token-file FILE [--app NAME]`: after a refused
 * login, reads the admin's org about the user and the app and diagnoses again with it (read-only).
 */
export async function checkExchangeInOrg(
  result: TestLoginResult,
  values: { 'admin-org'?: string; 'admin-instance-url'?: string; 'admin-token-file'?: string; app?: string },
  io: CliIO,
): Promise<CheckedExchange> {
  const connection = await adminConnectionFrom(values, io, exchangeUsage);
  const { report, diagnosisInput } = result;
  if (!connection) {
    const question = report.ok ? undefined : tellApart(report.diagnosis);
    return {
      report,
      json: {},
      text: question
        ? `\nTo tell the first two apart: ${question}\nCheck in the org: add --admin-org ALIAS (or --admin-instance-url URL --admin-token-file FILE) to read the answer from the org.\n`
        : '',
    };
  }
  if (report.ok) return { report, json: { evidence: [], findings: [] }, text: '' };
  const username = diagnosisInput.context.username ?? '';
  const check = await runOrgCheck(connection, { username, ...(values.app ? { app: values.app } : {}) });
  const diagnosis = diagnoseTokenError({ ...diagnosisInput, org: check.facts });
  return {
    report: { ...report, diagnosis },
    json: { evidence: check.evidence, findings: check.findings },
    text: `\n${orgCheckText(check)}`,
  };
}
