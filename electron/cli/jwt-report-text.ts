import type { InspectReport } from '../../shared/jwt/inspect';
import { timeClaimText } from '../../shared/jwt/relative-time';

const TIME_CLAIMS = ['exp', 'nbf', 'iat'];

/** `jwt inspect`'s human report: decoded segments, time claims in plain dates, signature, findings with hints. */
export function reportText(report: InspectReport, now: number): string {
  const lines: string[] = [];
  lines.push(`header:    ${report.header ? JSON.stringify(report.header) : '(not decoded)'}`);
  lines.push(
    `payload:   ${report.payload ? JSON.stringify(report.payload, null, 2).replace(/\n/g, '\n           ') : '(not decoded)'}`,
  );
  for (const claim of TIME_CLAIMS) {
    const text = timeClaimText(claim, report.payload?.[claim], now);
    if (text) lines.push(`${`${claim}:`.padEnd(11)}${text}`);
  }
  lines.push(`signature: ${report.signature.status} (${report.signature.message})`);
  if (report.findings.length === 0) {
    lines.push('findings:  none');
  } else {
    lines.push(`findings:  ${report.findings.length}`);
    for (const f of report.findings) {
      lines.push(`  ${f.severity.padEnd(7)} [${f.code}] ${f.message} (${f.where})`);
      lines.push(`          hint: ${f.hint}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
