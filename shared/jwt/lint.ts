import type { Finding, LintContext, LintReport } from './finding';
import { lintAudience } from './lint-audience';
import { lintClaims } from './lint-claims';
import { lintHeader } from './lint-header';
import { lintStructure } from './lint-structure';
import { lintTimes } from './lint-time';
import { lintTokenKind } from './lint-token-kind';
import { readCompactJwt } from './read-compact-jwt';

/**
 * Checks any string against Salesforce's rules for the JWT Bearer assertion. Never throws: a token that cannot
 * even be split still gets its structural findings. Pure, so the renderer lints a pasted token without
 * sending it anywhere.
 */
export function lintJwt(token: string, context: LintContext = {}): LintReport {
  const jwt = readCompactJwt(token);
  const now = context.now ?? Math.floor(Date.now() / 1000);
  const header = jwt.header?.value;
  const payload = jwt.payload?.value;
  const otherKind = lintTokenKind(jwt);
  if (otherKind)
    return header && otherKind.code === 'jwe-not-jws' ? { findings: [otherKind], header } : { findings: [otherKind] };
  const findings: Finding[] = lintStructure(jwt);
  if (header) findings.push(...lintHeader(header));
  if (payload) {
    findings.push(...lintClaims(payload, context));
    if (typeof payload.aud === 'string' && payload.aud !== '') findings.push(...lintAudience(payload.aud, context.endpoint));
    findings.push(...lintTimes(payload, now));
  }
  const report: LintReport = { findings };
  if (header) report.header = header;
  if (payload) report.payload = payload;
  return report;
}
